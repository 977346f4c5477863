/** The languages of the interface and of content: one list, read by routing, schemas, the CMS and the tests. */
export const locales = ['en', 'fr', 'es', 'ar', 'hr'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale = 'en' satisfies Locale;

interface LocaleInfo {
  /** The language's own name for itself, shown in the language switcher. */
  readonly endonym: string;
  /** Writing direction for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /** The BCP 47 tag that Intl formats dates and numbers with (British English spelling and dates for `en`). */
  readonly intl: string;
}

export const localeInfo: Readonly<Record<Locale, LocaleInfo>> = {
  en: { endonym: 'English', dir: 'ltr', intl: 'en-GB' },
  fr: { endonym: 'Français', dir: 'ltr', intl: 'fr' },
  es: { endonym: 'Español', dir: 'ltr', intl: 'es' },
  ar: { endonym: 'العربية', dir: 'rtl', intl: 'ar' },
  hr: { endonym: 'Hrvatski', dir: 'ltr', intl: 'hr' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function dir(locale: Locale): 'ltr' | 'rtl' {
  return localeInfo[locale].dir;
}

/** The tag to give Intl formatters for a locale. */
export function intlLocale(locale: Locale): string {
  return localeInfo[locale].intl;
}

/** `lang` and `dir` attributes for text in another language than the page's (an untranslated entry). */
export function langAttributes(locale: Locale | undefined): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return locale ? { lang: locale, dir: dir(locale) } : {};
}
