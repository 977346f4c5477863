/** Country and region names in the reader's language, from the platform's own data (Intl.DisplayNames). */
import { intlLocale, type Locale } from '../i18n/locales.ts';

const cache = new Map<Locale, Intl.DisplayNames>();

/** "Croatia" for HR in English, "Croatie" in French; UN M49 regions too ("Europe" for 150, "World" for 001). */
export function countryName(code: string, locale: Locale): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  const name = names.of(code) ?? code;
  // Some regions come in lower case ("world" for 001), as in running text; a name in a list starts upper case.
  return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
}
