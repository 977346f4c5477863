/**
 * The field's vocabulary at query time: a search that names a term (THB) also searches its other names in the
 * reader's language (trafficking in human beings), and says so. The names come from content/search-terms/,
 * gathered per language at build time and handed to the browser as JSON.
 */
import { defaultLocale, type Locale } from '../core/locales.ts';
// Types only: the schema's module would bring zod into the browser, and zod tries `Function()`, which the
// site's Content-Security-Policy refuses.
import type { SearchTerm } from '../schemas/search-term.ts';

/** Each term's names in one language: any of them also searches the others. */
export type TermNames = readonly (readonly string[])[];

/** Every name of a term in one language: its label there (else none), its other names there, its acronyms. */
function namesIn(term: SearchTerm, locale: Locale): string[] {
  const label = locale === defaultLocale ? term.label.en : term.label[locale];
  return [
    ...new Set([...(label ? [label] : []), ...(term.otherNames?.[locale] ?? []), ...(term.acronyms ?? [])]),
  ];
}

/** The names of every term in a language, for terms with two names or more there. */
export function termNames(terms: readonly SearchTerm[], locale: Locale): string[][] {
  return terms.map((term) => namesIn(term, locale)).filter((names) => names.length > 1);
}

/** An extra search made for a query: the query with one name in place of another. */
export interface Expansion {
  /** The name the reader typed, as the query writes it. */
  readonly typed: string;
  /** The name searched in its place. */
  readonly name: string;
  /** The whole query searched. */
  readonly query: string;
}

/** Expansions per query at most: each is a search of its own. */
export const expansionLimit = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a whole-word pattern in any case: readers type "thb" as often as "THB". */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The searches a query adds: for each name of a term found in it, the query with each other name instead. */
export function expandQuery(query: string, terms: TermNames): Expansion[] {
  const expansions: Expansion[] = [];
  for (const names of terms) {
    // Longer names first, so that "national referral mechanism" wins over a name inside it.
    const typedName = [...names]
      .sort((a, b) => b.length - a.length)
      .find((name) => namePattern(name).test(query));
    if (!typedName) continue;
    const typed = namePattern(typedName).exec(query)![0];
    for (const name of names)
      if (name !== typedName)
        expansions.push({ typed, name, query: query.replace(namePattern(typedName), name) });
  }
  return expansions.slice(0, expansionLimit);
}
