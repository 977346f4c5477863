/**
 * Where the search indexes are served from. Both are written after `astro build` by
 * src/search/search-index.ts; the browser loads one of them when a reader starts to search.
 */
export const searchBundles = {
  /** One index per language (Pagefind splits by `<html lang>`): what a reader searches first. */
  perLanguage: '/pagefind/',
  /**
   * Every language in one index, offered when a reader's language has no match. Pagefind searches a merged
   * index with the first index's stemmer, which misses words of other languages, so this is its own bundle.
   */
  allLanguages: '/pagefind-all/',
  /**
   * The practice library's filter index: one record per practice note and language, untranslated notes
   * included, with facet ids as filters. Made from records the build writes and the indexer removes.
   */
  library: '/pagefind-library/',
} as const;

/** The language every page of the all-languages index is filed under: one stemmer for pages and queries alike. */
export const allLanguagesIndexLanguage = 'en';

/**
 * Files the indexer writes beside the per-language index, from the index's own words: each language's
 * vocabulary for "Did you mean …?" (a JSON list, loaded only when a search finds little), and the Croatian
 * stems that need more than one prefix (JSON, loaded with a Croatian search).
 */
export const searchWordFiles = {
  vocabulary: (language: string) => `${searchBundles.perLanguage}vocabulary-${language}.json`,
  croatianForms: `${searchBundles.perLanguage}word-forms-hr.json`,
} as const;

/**
 * Pagefind's `metaCacheTag`: the bundle's entry file is asked for as `pagefind-entry.json?ts=<tag>` instead of
 * a new timestamp each time, so the offline copy (src/offline/) is found. It stays fresh because the service
 * worker and public/_headers make the browser revalidate that file.
 */
export const searchMetaCacheTag = 'offline';
