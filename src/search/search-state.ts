/**
 * A search as it lives in the URL fragment (`#q=THB&theme=Referral&in=all`, with `&exact=1` when the reader
 * undid the other names searched): shareable, kept by the back button, and never sent to a server, since
 * browsers do not send the fragment.
 */
import { pagefindFilters, readChosen, toggleChosen, writeChosen, type Chosen } from '../lib/chosen-values.ts';
import { searchFilterKeys, type SearchFilterKey } from './search-meta.ts';

export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  /** Chosen values per filter: any value of a filter, and every filter. */
  filters: Chosen<SearchFilterKey>;
  /** Search the index of every language instead of the page's own. */
  allLanguages: boolean;
  sort: SearchSort;
  /** Search the words as typed, without the field's other names for a term in them (the reader undid those). */
  typedOnly: boolean;
}

export const emptySearch: SearchState = {
  query: '',
  filters: {},
  allLanguages: false,
  sort: 'relevance',
  typedOnly: false,
};

export function readSearchState(fragment: string): SearchState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  return {
    query: params.get('q')?.trim() ?? '',
    filters: readChosen(params, searchFilterKeys),
    allLanguages: params.get('in') === 'all',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    typedOnly: params.get('exact') === '1',
  };
}

/** The fragment for a state, without "#"; empty when there is nothing to search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  writeChosen(params, searchFilterKeys, state.filters);
  if (state.allLanguages) params.set('in', 'all');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.typedOnly && state.query.trim()) params.set('exact', '1');
  return params.toString();
}

/** Whether the reader chose any filter value. */
export function hasChosenFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}

/** Whether the state asks for anything: a word or a filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || hasChosenFilters(state);
}

/** The same state with `value` of `key` chosen or not. */
export function toggleFilter(
  state: SearchState,
  key: SearchFilterKey,
  value: string,
  on: boolean,
): SearchState {
  return { ...state, filters: toggleChosen(state.filters, key, value, on) };
}

export interface PagefindRequest {
  /** null searches by filters alone. */
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

/** What to ask Pagefind for a state; `without` leaves one filter out, to count what its other values add. */
export function pagefindRequest(state: SearchState, without?: SearchFilterKey): PagefindRequest {
  const filters = pagefindFilters(state.filters, without);
  return {
    term: state.query.trim() || null,
    options: state.sort === 'newest' ? { filters, sort: { date: 'desc' } } : { filters },
  };
}
