/** Country and region names in the reader's language, from the platform's own data (Intl.DisplayNames). */
import { intlLocale, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';

const regionNames = memoize(
  (locale: Locale) => new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' }),
);

/** Names already looked up, per language: every card and fact list names countries again. */
const namesIn = memoize((locale: Locale) =>
  memoize((code: string) => {
    const name = regionNames(locale).of(code) ?? code;
    // Some regions come in lower case ("world" for 001), as in running text; a name in a list starts upper case.
    return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
  }),
);

/** "Croatia" for HR in English, "Croatie" in French; UN M49 regions too ("Europe" for 150, "World" for 001). */
export function countryName(code: string, locale: Locale): string {
  return namesIn(locale)(code);
}

/** Whether a code names a UN M49 region ("150" Europe, "001" World) rather than a country ("HR"). */
export function isRegion(code: string): boolean {
  return /^\d{3}$/.test(code);
}
