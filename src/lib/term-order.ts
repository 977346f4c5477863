/** Ordering of taxonomy terms: by their `order`, then alphabetically in the reader's language. */
import type { Locale } from '../core/locales.ts';
import { sortByLabel } from './sort.ts';
import { inLocale } from './translations.ts';

interface Term {
  data: { order?: number | undefined; label: { en: string } & Partial<Record<Locale, string>> };
}

export function orderTerms<T extends Term>(terms: Iterable<T>, locale: Locale): T[] {
  const alphabetical = sortByLabel(terms, (term) => inLocale(term.data.label, locale), locale);
  return alphabetical.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity));
}
