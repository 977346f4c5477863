/**
 * A search as it lives in the URL fragment (`#q=referral&theme=Referral&in=all`): shareable, kept by the back
 * button, and never sent to a server, since browsers do not send the fragment.
 */
import { searchFilterKeys, type SearchFilterKey } from './search-meta.ts';

export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  /** Chosen values per filter: any value of a filter, and every filter. */
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** Search the index of every language instead of the page's own. */
  allLanguages: boolean;
  sort: SearchSort;
}

export const emptySearch: SearchState = { query: '', filters: {}, allLanguages: false, sort: 'relevance' };

export function readSearchState(fragment: string): SearchState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    allLanguages: params.get('in') === 'all',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The fragment for a state, without "#"; empty when there is nothing to search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of searchFilterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.allLanguages) params.set('in', 'all');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Whether the state asks for anything: a word or a filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.keys(state.filters).length > 0;
}

/** The same state with `value` of `key` chosen or not. */
export function toggleFilter(
  state: SearchState,
  key: SearchFilterKey,
  value: string,
  on: boolean,
): SearchState {
  const others = (state.filters[key] ?? []).filter((chosen) => chosen !== value);
  const values = on ? [...others, value] : others;
  const filters = { ...state.filters, [key]: values };
  if (values.length === 0) delete filters[key];
  return { ...state, filters };
}

export interface PagefindRequest {
  /** null searches by filters alone. */
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

/** Chosen values as Pagefind filters (any value of each); `without` leaves one filter out. */
export function pagefindFilters(
  chosen: Readonly<Partial<Record<string, readonly string[]>>>,
  without?: string,
): PagefindRequest['options']['filters'] {
  return Object.fromEntries(
    Object.entries(chosen)
      .filter((entry): entry is [string, readonly string[]] => entry[0] !== without && Boolean(entry[1]))
      .map(([key, values]) => [key, { any: [...values] }]),
  );
}

/** What to ask Pagefind for a state; `without` leaves one filter out, to count what its other values add. */
export function pagefindRequest(state: SearchState, without?: SearchFilterKey): PagefindRequest {
  const filters = pagefindFilters(state.filters, without);
  return {
    term: state.query.trim() || null,
    options: state.sort === 'newest' ? { filters, sort: { date: 'desc' } } : { filters },
  };
}
