import { describe, expect, it } from 'vitest';
import { searchTermSchema } from '../../src/schemas/search-term.ts';
import { expandQuery, termNames } from '../../src/search/search-terms.ts';

const thb = searchTermSchema.parse({
  label: { en: 'trafficking in human beings', hr: 'trgovanje ljudima' },
  acronyms: ['THB'],
  otherNames: { en: ['human trafficking'] },
});
const ctdc = searchTermSchema.parse({
  label: { en: 'Counter Trafficking Data Collaborative' },
  acronyms: ['CTDC'],
});

describe('the field’s vocabulary', () => {
  it('names each term in a language by its label there, its other names and its acronyms', () => {
    expect(termNames([thb, ctdc], 'en')).toEqual([
      ['trafficking in human beings', 'human trafficking', 'THB'],
      ['Counter Trafficking Data Collaborative', 'CTDC'],
    ]);
    // No Croatian name for CTDC: left out rather than searched in English.
    expect(termNames([thb, ctdc], 'hr')).toEqual([['trgovanje ljudima', 'THB']]);
  });

  it('refuses what is not an acronym, and a name given twice', () => {
    expect(searchTermSchema.safeParse({ label: { en: 'x' }, acronyms: ['thb'] }).success).toBe(false);
    expect(searchTermSchema.safeParse({ label: { en: 'x' }, otherNames: { fr: ['a', 'a'] } }).success).toBe(
      false,
    );
  });

  it('searches the other names of a term named in the query', () => {
    const names = termNames([thb], 'en');
    expect(expandQuery('THB survivors', names)).toEqual([
      { typed: 'THB', name: 'trafficking in human beings', query: 'trafficking in human beings survivors' },
      { typed: 'THB', name: 'human trafficking', query: 'human trafficking survivors' },
    ]);
    expect(expandQuery('Human Trafficking', names).map((expansion) => expansion.name)).toEqual([
      'trafficking in human beings',
      'THB',
    ]);
  });

  it('matches names in any case, as whole words only', () => {
    const names = termNames([thb], 'en');
    expect(expandQuery('thb', names)[0]?.query).toBe('trafficking in human beings');
    expect(expandQuery('THBs', names)).toEqual([]);
    expect(expandQuery('referral', names)).toEqual([]);
  });
});
