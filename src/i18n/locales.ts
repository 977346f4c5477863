/** The languages of the interface and of content: one list, read by routing, schemas, the CMS and the tests. */
export const locales = ['en', 'fr', 'es', 'ar', 'hr'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale = 'en' satisfies Locale;

interface LocaleInfo {
  /** The language's own name for itself, shown in the language switcher. */
  readonly endonym: string;
  /** Writing direction for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
}

export const localeInfo: Readonly<Record<Locale, LocaleInfo>> = {
  en: { endonym: 'English', dir: 'ltr' },
  fr: { endonym: 'Français', dir: 'ltr' },
  es: { endonym: 'Español', dir: 'ltr' },
  ar: { endonym: 'العربية', dir: 'rtl' },
  hr: { endonym: 'Hrvatski', dir: 'ltr' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function dir(locale: Locale): 'ltr' | 'rtl' {
  return localeInfo[locale].dir;
}
