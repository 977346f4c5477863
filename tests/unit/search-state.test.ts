import { describe, expect, it } from 'vitest';
import {
  emptySearch,
  hasChosenFilters,
  hasSearch,
  pagefindRequest,
  readSearchState,
  toggleFilter,
  writeSearchState,
} from '../../src/search/search-state.ts';

describe('the search in the URL fragment', () => {
  it('reads the words, the chosen filters, the languages and the order', () => {
    expect(
      readSearchState('#q=referral+pathway&theme=Referral&theme=Casework&kind=Event&in=all&sort=newest'),
    ).toEqual({
      query: 'referral pathway',
      filters: { kind: ['Event'], theme: ['Referral', 'Casework'] },
      allLanguages: true,
      sort: 'newest',
      typedOnly: false,
    });
  });

  it('keeps a search of the words as typed, and only when there are words', () => {
    const typed = readSearchState('#q=THB&exact=1');
    expect(typed).toMatchObject({ query: 'THB', typedOnly: true });
    expect(writeSearchState(typed)).toBe('q=THB&exact=1');
    expect(writeSearchState({ ...typed, query: '' })).toBe('');
  });

  it('ignores what it does not know and reads an empty fragment as no search', () => {
    expect(readSearchState('#colour=red&sort=oldest&theme=')).toEqual(emptySearch);
    expect(readSearchState('')).toEqual(emptySearch);
    expect(hasSearch(emptySearch)).toBe(false);
  });

  it('writes back what it reads, with filters in a fixed order, and nothing for no search', () => {
    const fragment = 'q=Croatie&kind=Fiche+de+pratique&country=Croatie&in=all';
    expect(
      writeSearchState(readSearchState(`#country=Croatie&q=Croatie&kind=Fiche+de+pratique&in=all`)),
    ).toBe(fragment);
    expect(writeSearchState({ ...emptySearch, query: '  ' })).toBe('');
  });

  it('keeps words in any script', () => {
    const state = { ...emptySearch, query: 'الإحالة «مسار»' };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('choosing filters', () => {
  it('adds and removes a value, and drops a filter with none left', () => {
    const one = toggleFilter(emptySearch, 'theme', 'Referral', true);
    const two = toggleFilter(one, 'theme', 'Training', true);
    expect(two.filters).toEqual({ theme: ['Referral', 'Training'] });
    expect(
      toggleFilter(toggleFilter(two, 'theme', 'Referral', false), 'theme', 'Training', false).filters,
    ).toEqual({});
    expect(hasSearch(one)).toBe(true);
  });

  it('tells a search with a chosen filter from one with words only', () => {
    const words = { ...emptySearch, query: 'referral' };
    expect(hasChosenFilters(words)).toBe(false);
    expect(hasChosenFilters(emptySearch)).toBe(false);
    expect(hasChosenFilters(toggleFilter(words, 'year', '2016', true))).toBe(true);
    expect(
      hasChosenFilters(toggleFilter(toggleFilter(words, 'year', '2016', true), 'year', '2016', false)),
    ).toBe(false);
  });
});

describe('what Pagefind is asked', () => {
  const state = {
    query: ' referral ',
    filters: { kind: ['Event', 'Network'], year: ['2016'] },
    allLanguages: false,
    sort: 'newest' as const,
    typedOnly: false,
  };

  it('is any value of each chosen filter, newest first when asked', () => {
    expect(pagefindRequest(state)).toEqual({
      term: 'referral',
      options: {
        filters: { kind: { any: ['Event', 'Network'] }, year: { any: ['2016'] } },
        sort: { date: 'desc' },
      },
    });
  });

  it('can leave one filter out, to count the values of that filter', () => {
    expect(pagefindRequest({ ...state, sort: 'relevance' }, 'kind')).toEqual({
      term: 'referral',
      options: { filters: { year: { any: ['2016'] } } },
    });
  });

  it('searches by filters alone when there are no words', () => {
    expect(pagefindRequest({ ...state, query: '' }).term).toBeNull();
  });
});
