import { describe, expect, it } from 'vitest';
import {
  countFacets,
  matchesFacets,
  paginate,
  practiceFacets,
  shownOptions,
} from '../../src/library/facets.ts';

const practice = (over: Partial<Parameters<typeof practiceFacets>[0]> = {}, languages = ['en']) =>
  practiceFacets(
    {
      type: 'training',
      themes: ['identification', 'training'],
      groups: [],
      organisations: ['british-red-cross'],
      countries: ['HR'],
      published: '2026-11-28',
      ...over,
    },
    languages,
  );

describe('practiceFacets', () => {
  it('files a practice under its type, themes, groups, organisations, countries, languages and year', () => {
    expect(practice({}, ['en', 'hr'])).toEqual({
      type: ['training'],
      theme: ['identification', 'training'],
      group: [],
      organisation: ['british-red-cross'],
      country: ['HR'],
      language: ['en', 'hr'],
      year: ['2026'],
    });
  });
});

describe('matchesFacets', () => {
  const item = practice();

  it('ORs the options of one facet', () => {
    expect(matchesFacets(item, { theme: ['referral', 'training'] })).toBe(true);
    expect(matchesFacets(item, { theme: ['referral'] })).toBe(false);
  });

  it('ANDs the facets', () => {
    expect(matchesFacets(item, { theme: ['training'], country: ['HR'] })).toBe(true);
    expect(matchesFacets(item, { theme: ['training'], country: ['GB'] })).toBe(false);
  });

  it('matches everything when nothing is selected', () => {
    expect(matchesFacets(item, {})).toBe(true);
    expect(matchesFacets(item, { theme: [] })).toBe(true);
  });
});

describe('countFacets', () => {
  it('counts each practice once per value', () => {
    const counts = countFacets([practice(), practice({ themes: ['referral', 'referral'] })]);
    expect(counts.theme.get('identification')).toBe(1);
    expect(counts.theme.get('referral')).toBe(1);
    expect(counts.type.get('training')).toBe(2);
  });
});

describe('paginate', () => {
  it('cuts a list into numbered pages', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(paginate(items, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, pages: 3 });
    expect(paginate(items, 3, 10).items).toEqual([20, 21, 22, 23, 24]);
    expect(paginate([], 1, 10).pages).toBe(1);
  });
});

describe('rankRelated', () => {
  it('ranks by shared groups, themes, organisations and type, leaving out the practice itself', async () => {
    const { rankRelated } = await import('../../src/library/related.ts');
    const own = practice({ groups: ['children'] });
    const items = [
      { key: 'self', facets: own },
      { key: 'same-type-only', facets: practice({ themes: [], organisations: [] }) },
      { key: 'same-group', facets: practice({ groups: ['children'], themes: [], organisations: [] }) },
      { key: 'nothing', facets: practice({ type: 'policy', themes: [], organisations: [] }) },
    ];
    const ranked = rankRelated(
      own,
      items,
      (item) => item.facets,
      new Set(['self']),
      (item) => item.key,
    );
    expect(ranked.map((item) => item.key)).toEqual(['same-group', 'same-type-only']);
  });
});

describe('shownOptions', () => {
  const options = ['a', 'b', 'c', 'd', 'e'].map((value, index) => ({
    value,
    count: [3, 9, 1, 7, 5][index] ?? 0,
  }));

  it('keeps every option when there are few', () => {
    expect(shownOptions(options, 5)).toEqual(options);
  });

  it('keeps the most used options in their order, and the current one', () => {
    expect(shownOptions(options, 2).map((option) => option.value)).toEqual(['b', 'd']);
    expect(shownOptions(options, 2, 'c').map((option) => option.value)).toEqual(['b', 'c', 'd']);
  });
});
