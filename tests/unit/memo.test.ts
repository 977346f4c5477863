import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memo.ts';

describe('memoize', () => {
  it('makes each key once and gives the same value after', () => {
    const made: string[] = [];
    const upper = memoize((key: string) => {
      made.push(key);
      return { text: key.toUpperCase() };
    });
    const first = upper('fr');
    expect(upper('fr')).toBe(first);
    expect(upper('hr')).toEqual({ text: 'HR' });
    expect(made).toEqual(['fr', 'hr']);
  });
});
