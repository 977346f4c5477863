// Offline search keeps the results whose pages are saved and says how many it left out.
import { describe, expect, it } from 'vitest';
import { readableResults, resultsLeftOut } from '../../../src/offline/browser/offline-results.ts';

const result = (id: string, saved: boolean) => ({
  id,
  data: () => (saved ? Promise.resolve({ url: `/${id}/` }) : Promise.reject(new Error('offline'))),
});

async function run(results: ReturnType<typeof result>[]) {
  const target = new EventTarget();
  const told: number[] = [];
  target.addEventListener(resultsLeftOut, (event) => told.push((event as CustomEvent<number>).detail));
  const kept = await readableResults(results, target);
  return { kept: kept.map((one) => one.id), told };
}

describe('readableResults', () => {
  it('passes results unchanged when the shown ones can be read, and tells none was left out', async () => {
    const results = [result('a', true), result('b', true)];
    expect(await run(results)).toEqual({ kept: ['a', 'b'], told: [0] });
  });

  it('keeps only saved results, beyond the first page too, when one cannot be read', async () => {
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => result(id, id !== 'b' && id !== 'f'));
    expect(await run(results)).toEqual({ kept: ['a', 'c', 'd', 'e', 'g'], told: [2] });
  });
});
