import { describe, expect, it } from 'vitest';
import {
  chosenFacets,
  emptyLibrary,
  libraryRequest,
  pageWindow,
  readLibraryState,
  toggleFacet,
  writeLibraryState,
} from '../../src/library/library-state.ts';

describe('library state in the URL query', () => {
  it('reads facets, sort and page, ignoring unknown names and bad values', () => {
    expect(
      readLibraryState('?group=domestic-workers&theme=referral&theme=casework&colour=red&sort=title&page=3'),
    ).toEqual({
      filters: { theme: ['referral', 'casework'], group: ['domestic-workers'] },
      sort: 'title',
      page: 3,
    });
    expect(readLibraryState('?sort=random&page=-2&group=')).toEqual(emptyLibrary);
    expect(readLibraryState('?page=2.5').page).toBe(1);
  });

  it('writes nothing for the whole library, newest first', () => {
    expect(writeLibraryState(emptyLibrary)).toBe('');
  });

  it('writes facets in the facets’ order, then sort and page, and reads back the same', () => {
    const state = {
      filters: { year: ['2016'], group: ['domestic-workers'], theme: ['referral'] },
      sort: 'reviewed' as const,
      page: 2,
    };
    const query = writeLibraryState(state);
    expect(query).toBe('?theme=referral&group=domestic-workers&year=2016&sort=reviewed&page=2');
    expect(readLibraryState(query)).toEqual({
      ...state,
      filters: { theme: ['referral'], group: ['domestic-workers'], year: ['2016'] },
    });
  });

  it('toggles a value on and off and goes back to the first page', () => {
    const on = toggleFacet({ ...emptyLibrary, page: 4 }, 'group', 'roma-communities', true);
    expect(on).toEqual({ filters: { group: ['roma-communities'] }, sort: 'newest', page: 1 });
    const two = toggleFacet(on, 'group', 'domestic-workers', true);
    expect(two.filters.group).toEqual(['roma-communities', 'domestic-workers']);
    expect(chosenFacets(two)).toEqual(['group']);
    const off = toggleFacet(
      toggleFacet(two, 'group', 'roma-communities', false),
      'group',
      'domestic-workers',
      false,
    );
    expect(off.filters).toEqual({});
    expect(chosenFacets(off)).toEqual([]);
  });
});

describe('page window', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two either side, with gaps for the rest', () => {
    expect(pageWindow(1, 417)).toEqual([1, 2, 3, null, 417]);
    expect(pageWindow(200, 417)).toEqual([1, null, 198, 199, 200, 201, 202, null, 417]);
    expect(pageWindow(417, 417)).toEqual([1, null, 415, 416, 417]);
  });

  it('shows a single left-out number rather than a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stays the same size however many pages there are', () => {
    expect(pageWindow(5000, 10000).length).toBe(pageWindow(50, 100).length);
  });
});

describe('library request to the filter index', () => {
  it('asks for any chosen value of each facet, in the chosen order', () => {
    const state = {
      filters: { theme: ['referral'], group: ['domestic-workers', 'roma'] },
      sort: 'title' as const,
      page: 1,
    };
    expect(libraryRequest(state)).toEqual({
      term: null,
      options: {
        filters: { theme: { any: ['referral'] }, group: { any: ['domestic-workers', 'roma'] } },
        sort: { title: 'asc' },
      },
    });
  });

  it('leaves one facet out to count its other values', () => {
    const state = { filters: { theme: ['referral'], group: ['roma'] }, sort: 'newest' as const, page: 1 };
    expect(libraryRequest(state, 'group').options.filters).toEqual({ theme: { any: ['referral'] } });
  });

  it('asks for notes in any language when nothing is chosen, newest or most recently reviewed first', () => {
    expect(libraryRequest(emptyLibrary).options).toEqual({
      filters: { language: { any: ['en', 'fr', 'es', 'ar', 'hr'] } },
      sort: { newest: 'desc' },
    });
    expect(libraryRequest({ ...emptyLibrary, sort: 'reviewed' }).options.sort).toEqual({ reviewed: 'desc' });
  });
});
