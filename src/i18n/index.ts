/** The one way UI text is read: `useTranslations(locale)` gives a typed `t()` for that language. */
import { ar } from './ar.ts';
import type { Dictionary } from './dictionary.ts';
import { en, type UIKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hr } from './hr.ts';
import { intlLocale, type Locale } from './locales.ts';

export { defaultLocale, dir, isLocale, langAttributes, localeInfo, locales, type Locale } from './locales.ts';
export type { UIKey } from './en.ts';

export const dictionaries: Readonly<Record<Locale, Dictionary>> = { en, fr, es, ar, hr };

/** Keys that come in plural forms: `<base>.one`, `<base>.other` and the other CLDR categories a language needs. */
export type PluralKey = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

type Values = Readonly<Record<string, string | number>>;

export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const plurals = new Intl.PluralRules(intlLocale(locale));

  function fill(template: string, values: Values = {}): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  }

  /** The string for `key` in this language (English when untranslated), with `{name}` placeholders filled. */
  function t(key: UIKey, values?: Values): string {
    return fill(dictionary[key] ?? en[key], values);
  }

  /** The plural form of `base` that fits `count` in this language, with `{count}` filled in. */
  function tn(base: PluralKey, count: number, values?: Values): string {
    const key = `${base}.${plurals.select(count)}`;
    const forms: Readonly<Record<string, string | undefined>> = dictionary;
    const english: Readonly<Record<string, string | undefined>> = en;
    const template = forms[key] ?? forms[`${base}.other`] ?? english[key] ?? en[`${base}.other`];
    return fill(template, { count, ...values });
  }

  /** Every plural form of `base` this language has, unfilled: for scripts that count in the browser. */
  function forms(base: PluralKey): Partial<Record<Intl.LDMLPluralRule, string>> {
    const categories = plurals.resolvedOptions().pluralCategories;
    const english: Readonly<Record<string, string | undefined>> = en;
    const own: Readonly<Record<string, string | undefined>> = dictionary;
    return Object.fromEntries(
      categories.map((category) => [
        category,
        own[`${base}.${category}`] ??
          own[`${base}.other`] ??
          english[`${base}.${category}`] ??
          en[`${base}.other`],
      ]),
    );
  }

  return { t, tn, forms, locale };
}

export type Translate = ReturnType<typeof useTranslations>['t'];
