// What Pagefind is asked for a reader's query: the query, the field's other names for a term in it (THB →
// trafficking in human beings), and in Croatian each word as the prefixes of its stem. Also "Did you mean …?"
// from the index's own words. The Croatian stemmer and the word files load only when needed.
import type { Locale } from '../../core/locales.ts';
import { searchWordFiles } from '../search-bundles.ts';
import { expandQuery, type Expansion, type TermNames } from '../search-terms.ts';
import { suggestQuery } from '../vocabulary.ts';
import type { WordForms } from '../word-forms.ts';

export interface QueryPlan {
  /** What Pagefind searches, one search each: the reader's query first. Their results are joined. */
  readonly terms: readonly string[];
  /** The other names searched, to show the reader (and let them undo). */
  readonly expansions: readonly Expansion[];
}

/** Searches per query at most: word forms times names. Each loads little, but each takes a moment. */
export const searchLimit = 6;

const cached = new Map<string, Promise<unknown>>();

/** Loads once; a failure (offline) is tried again next time. */
function once<Value>(key: string, load: () => Promise<Value>): Promise<Value> {
  let value = cached.get(key) as Promise<Value> | undefined;
  if (!value) {
    value = load();
    value.catch(() => cached.delete(key));
    cached.set(key, value);
  }
  return value;
}

const json = <Value>(url: string) =>
  once(url, async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as Value;
  });

/** The Croatian stemmer (a module of its own, loaded by Croatian searches only) and the index's joined stems. */
async function croatian() {
  const [module, forms] = await Promise.all([
    once('word-forms', () => import('../word-forms.ts')),
    json<WordForms>(searchWordFiles.croatianForms),
  ]);
  return { module, forms };
}

/** Every way of writing a query with each word replaced by one of its prefixes, up to `limit`. */
function combinations(query: string, prefixes: (word: string) => string[], limit: number): string[] {
  let queries = [''];
  for (const word of query.split(/\s+/).filter(Boolean)) {
    const options = /^[\p{L}\p{M}]+$/u.test(word) ? prefixes(word) : [word];
    queries = queries
      .flatMap((start) => options.map((option) => `${start} ${option}`.trim()))
      .slice(0, limit);
  }
  return queries;
}

/** The searches for a query in a language; `typedOnly` searches the query alone, as the reader asked. */
export async function planQuery(
  query: string,
  locale: Locale,
  names: TermNames,
  typedOnly: boolean,
): Promise<QueryPlan> {
  const expansions = typedOnly ? [] : expandQuery(query, names);
  const queries = [query, ...expansions.map((expansion) => expansion.query)];
  if (locale !== 'hr') return { terms: queries, expansions };
  const { module, forms } = await croatian();
  const terms = queries.flatMap((one) =>
    combinations(one, (word) => module.croatianPrefixes(word, forms), searchLimit),
  );
  return { terms: [...new Set(terms)].slice(0, searchLimit), expansions };
}

/**
 * "Did you mean …?" for a query that found little: each word the index does not hold replaced by the nearest
 * word it holds in the language; undefined when there is nothing to offer.
 */
export async function didYouMean(query: string, locale: Locale): Promise<string | undefined> {
  const vocabulary = await json<string[]>(searchWordFiles.vocabulary(locale));
  if (locale !== 'hr') return suggestQuery(query, vocabulary);
  const { module } = await croatian();
  return suggestQuery(query, vocabulary, module.croatianStem);
}
