/** Sorting in the reader's language. */
import { intlLocale, type Locale } from '../core/locales.ts';

/** Sorts a copy of `items` by the text `labelOf` gives, as the reader's language orders words. */
export function sortByLabel<Item>(
  items: Iterable<Item>,
  labelOf: (item: Item) => string,
  locale: Locale,
): Item[] {
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(labelOf(a), labelOf(b)));
}

/** Sorts a copy newest first by a YYYY-MM-DD key. */
export function sortByDateDesc<Item>(items: Iterable<Item>, dateOf: (item: Item) => string): Item[] {
  return [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
}
