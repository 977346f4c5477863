// Pagefind in the browser: loaded from the built bundle the first time a reader searches, and run with our filters.
import { readableResults } from '../../offline/browser/offline-results.ts';
import { searchBundles, searchMetaCacheTag } from '../search-bundles.ts';
import { searchFilterKeys, type SearchFilterKey } from '../search-meta.ts';
import { pagefindRequest, type PagefindRequest, type SearchState } from '../search-state.ts';

/** Counts of results per value of each filter. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

export interface ResultData {
  url: string;
  /** Text around the matched words, as HTML with <mark> around them. */
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
}

export interface Result {
  id: string;
  /** Pagefind's relevance: higher is better, comparable between searches of one index. */
  score?: number;
  data(): Promise<ResultData>;
}

interface Response {
  results: Result[];
  filters: FilterCounts;
}

/** The part of Pagefind's API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: PagefindRequest['term'], options: PagefindRequest['options']): Promise<Response | null>;
  /** Loads every filter's values; until then, results count only the filters a search asked for. */
  filters(): Promise<FilterCounts>;
}

const bundles = new Map<string, Promise<Pagefind>>();
const allFilters = new Map<string, Promise<unknown>>();

/** Loads a bundle once. Each bundle is its own module, with its own worker and its own language's stemmer. */
export function loadPagefind(bundle: string, counts: boolean): Promise<Pagefind> {
  let pagefind = bundles.get(bundle);
  if (!pagefind) {
    const url = `${bundle}pagefind.js`;
    pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
      await module.options({ excerptLength: 24, excerptEllipsis: '…', metaCacheTag: searchMetaCacheTag });
      await module.init();
      return module;
    });
    // A failed load (offline) is tried again on the next search.
    pagefind.catch(() => bundles.delete(bundle));
    bundles.set(bundle, pagefind);
  }
  if (!counts) return pagefind;
  let filters = allFilters.get(bundle);
  if (!filters) {
    filters = pagefind.then((module) => module.filters());
    filters.catch(() => allFilters.delete(bundle));
    allFilters.set(bundle, filters);
  }
  return filters.then(() => pagefind);
}

let languages: Promise<Record<string, unknown>> | undefined;

/**
 * Whether the page's language has an index. Pagefind would quietly search the largest index instead, which
 * is the wrong language; then the reader is told there is nothing in theirs and offered all languages.
 */
async function hasIndex(language: string): Promise<boolean> {
  if (!languages) {
    languages = fetch(`${searchBundles.perLanguage}pagefind-entry.json`)
      .then((response) => response.json() as Promise<{ languages: Record<string, unknown> }>)
      .then((entry) => entry.languages);
    languages.catch(() => (languages = undefined));
  }
  return language in (await languages);
}

export interface Outcome {
  results: Result[];
  counts: FilterCounts;
}

/**
 * Runs `request()` and, for each filter in `chosen`, the request without that filter, whose counts say what
 * choosing another of its values would add: values of one filter add up (any of them), filters narrow.
 */
export async function countedSearch(
  pagefind: Pagefind,
  request: (without?: string) => PagefindRequest,
  chosen: readonly string[],
): Promise<Outcome> {
  const ask = async (without?: string) => {
    const { term, options } = request(without);
    return (await pagefind.search(term, options)) ?? { results: [], filters: {} };
  };
  const [main, ...others] = await Promise.all([undefined, ...chosen].map((key) => ask(key)));
  const counts: FilterCounts = { ...main!.filters };
  chosen.forEach((key, i) => (counts[key] = others[i]!.filters[key] ?? {}));
  return { results: main!.results, counts };
}

/**
 * Joins the outcomes of searches for one query written several ways (other names of a term, Croatian word
 * forms): each result once, by relevance, or with `keepOrder` (sorted by date) the first search's results
 * first. A value's count is the largest of the searches' counts: how many of the joined results have it is
 * not known without loading them all, and it is at least that.
 */
export function joinOutcomes(outcomes: readonly Outcome[], keepOrder: boolean): Outcome {
  if (outcomes.length === 1) return outcomes[0]!;
  const best = new Map<string, { result: Result; score: number }>();
  for (const { results } of outcomes)
    for (const result of results) {
      const score = Math.max(result.score ?? 0, best.get(result.id)?.score ?? 0);
      best.set(result.id, { result: best.get(result.id)?.result ?? result, score });
    }
  const ranked = [...best.values()];
  if (!keepOrder) ranked.sort((a, b) => b.score - a.score);
  const joined = ranked.map(({ result }) => result);
  const counts: FilterCounts = {};
  for (const { counts: each } of outcomes)
    for (const [key, values] of Object.entries(each)) {
      const merged = (counts[key] ??= {});
      for (const [value, count] of Object.entries(values ?? {}))
        merged[value] = Math.max(merged[value] ?? 0, count);
    }
  return { results: joined, counts };
}

/**
 * Runs a search in the page's language or in all languages; with `counts`, counts results per filter value too.
 * Values of one filter add up (any of them), so a chosen filter's counts come from the search without it: they
 * say what choosing another value would add. Counts load every filter's values (a file per filter, growing with
 * the entries), so they are asked for only when the reader looks at the filters. `terms` are the ways to write
 * the query (see query-plan.ts), each searched and the results joined.
 */
export async function runSearch(
  state: SearchState,
  language: string,
  counts = false,
  terms: readonly string[] = [state.query],
): Promise<Outcome> {
  const bundle = state.allLanguages ? searchBundles.allLanguages : searchBundles.perLanguage;
  const [indexed, pagefind] = await Promise.all([
    state.allLanguages || hasIndex(language),
    loadPagefind(bundle, counts),
  ]);
  if (!indexed) return { results: [], counts: {} };
  const chosen = counts ? searchFilterKeys.filter((key) => state.filters[key]) : [];
  const outcomes = await Promise.all(
    (state.query ? terms : [state.query]).map((term) =>
      countedSearch(
        pagefind,
        (without) => pagefindRequest({ ...state, query: term }, without as SearchFilterKey | undefined),
        chosen,
      ),
    ),
  );
  const joined = joinOutcomes(outcomes, state.sort === 'newest');
  // Offline, only results whose pages are saved (src/offline/).
  return { ...joined, results: await readableResults(joined.results) };
}

/** Starts loading the page language's index when the reader focuses a search field, so that results come quickly. */
export function preloadSearch(language: string): void {
  hasIndex(language).catch(() => undefined);
  loadPagefind(searchBundles.perLanguage, false).catch(() => undefined);
}
