/** Languages named in running text of another language, from the platform's own data (Intl.DisplayNames). */
import { intlLocale, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';

const languageNames = memoize(
  (locale: Locale) => new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }),
);

/**
 * "anglais" for English in a French sentence ("l'original en anglais"), as that language writes it. A list of
 * languages to choose from names each in itself instead (localeInfo's endonym).
 */
export function languageName(code: Locale, locale: Locale): string {
  return languageNames(locale).of(code) ?? code;
}
