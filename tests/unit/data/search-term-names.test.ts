import { describe, expect, test, vi } from 'vitest';
import { searchTermNames } from '../../../src/data/search-term-names.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('searchTermNames', () => {
  test('gives each term’s names in the language, and leaves out terms with no name there', async () => {
    expect(await searchTermNames('fr')).toEqual([['mécanisme national d’orientation', 'NRM']]);
    expect(await searchTermNames('en')).toEqual([
      ['Counter Trafficking Data Collaborative', 'CTDC'],
      ['national referral mechanism', 'NRM'],
    ]);
  });
});
