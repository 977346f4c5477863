/**
 * The practice library's view as it lives in the URL query (`?group=domestic-workers&theme=referral&sort=title`):
 * shareable, bookmarkable and kept by the back button. Values are ids, the same in every language.
 */
import { locales } from '../core/locales.ts';
import { facetNames, type FacetName, type FacetSelection } from './facets.ts';
import { pagefindFilters, readChosen, toggleChosen, writeChosen } from '../lib/chosen-values.ts';
import type { PagefindRequest } from '../search/search-state.ts';

/** Practice notes on a page of the library, static or filtered. */
export const libraryPageSize = 24;

export const librarySorts = ['newest', 'title', 'reviewed'] as const;
export type LibrarySort = (typeof librarySorts)[number];

export interface LibraryState {
  /** Chosen values per facet: any value within a facet, every facet. */
  filters: FacetSelection;
  sort: LibrarySort;
  /** The page of results, from 1. */
  page: number;
}

export const emptyLibrary: LibraryState = { filters: {}, sort: 'newest', page: 1 };

export function readLibraryState(query: string): LibraryState {
  const params = new URLSearchParams(query);
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    filters: readChosen(params, facetNames),
    sort: librarySorts.includes(sort as LibrarySort) ? (sort as LibrarySort) : 'newest',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL query for a state, with "?", or "" for the whole library newest first. */
export function writeLibraryState(state: LibraryState): string {
  const params = new URLSearchParams();
  writeChosen(params, facetNames, state.filters);
  if (state.sort !== 'newest') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The state with `value` of `name` chosen or not, back on the first page. */
export function toggleFacet(state: LibraryState, name: FacetName, value: string, on: boolean): LibraryState {
  return { ...state, filters: toggleChosen(state.filters, name, value, on), page: 1 };
}

/** The facets with a chosen value. */
export function chosenFacets(state: LibraryState): FacetName[] {
  return facetNames.filter((name) => (state.filters[name]?.length ?? 0) > 0);
}

/** How each order sorts the library's filter index (the records' sort keys are the orders' names). */
const sortDirection: Record<LibrarySort, 'asc' | 'desc'> = { newest: 'desc', title: 'asc', reviewed: 'desc' };

/**
 * What to ask the library's filter index for a state; `without` leaves one facet out, to count what its other
 * values add. Pagefind returns nothing for no word and no filter, so "every note" is asked as "a note in any
 * language", which every note is.
 */
export function libraryRequest(state: LibraryState, without?: FacetName): PagefindRequest {
  const filters = pagefindFilters(state.filters, without);
  return {
    term: null,
    options: {
      filters: Object.keys(filters).length > 0 ? filters : { language: { any: [...locales] } },
      sort: { [state.sort]: sortDirection[state.sort] },
    },
  };
}

/**
 * The page numbers to link from page `current` of `pages`: the first, the last, and two either side of the
 * current one, with null where numbers are left out. Ten thousand notes make 417 pages; no page lists them all.
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => {
    const previous = shown[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    // A gap of one number is shown as that number, not as an ellipsis standing for it.
    return page === previous + 2 ? [previous + 1, page] : [null, page];
  });
}
