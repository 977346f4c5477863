/** The field's terms that search expands, as the search scripts of one language receive them (data-terms). */
import type { Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';
import { termNames, type TermNames } from '../search/search-terms.ts';
import { getCatalog } from './catalog.ts';

/** Each term's names in the language, made once per language: the header of every page carries them. */
export const searchTermNames = memoize(async (locale: Locale): Promise<TermNames> =>
  termNames((await getCatalog()).searchTerms, locale),
);
