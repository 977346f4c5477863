/** The one way UI text is read: `useTranslations(locale)` gives a typed `t()` for that language. */
import { ar } from './ar.ts';
import type { Dictionary } from './dictionary.ts';
import { en, type UIKey } from './en.ts';
import { es } from './es.ts';
import { fillPlural, fillTemplate, type PluralForms, type TemplateValues } from './format.ts';
import { fr } from './fr.ts';
import { hr } from './hr.ts';
import { intlLocale, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';

export {
  defaultLocale,
  dir,
  isLocale,
  langAttributes,
  localeInfo,
  locales,
  type Locale,
} from '../core/locales.ts';
export type { UIKey } from './en.ts';

export const dictionaries: Readonly<Record<Locale, Dictionary>> = { en, fr, es, ar, hr };

/** Keys that come in plural forms: `<base>.one`, `<base>.other` and the other CLDR categories a language needs. */
export type PluralKey = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** The translation functions of a language; made once per language, since every component of every page asks. */
export const useTranslations = memoize((locale: Locale) => {
  const dictionary = dictionaries[locale];
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const plurals = new Intl.PluralRules(intlLocale(locale));
  const categories = [...new Set([...plurals.resolvedOptions().pluralCategories, 'other' as const])];

  /** The string for `key` in this language (English when untranslated), with `{name}` placeholders filled. */
  function t(key: UIKey, values: TemplateValues = {}): string {
    return fillTemplate(dictionary[key] ?? en[key], values, numbers);
  }

  /** Every plural form of `base` this language uses (English only where it has none); for the browser's code. */
  function forms(base: PluralKey): PluralForms {
    const own: Readonly<Record<string, string | undefined>> = dictionary;
    const english: Readonly<Record<string, string | undefined>> = en;
    const form = (category: Intl.LDMLPluralRule) =>
      own[`${base}.${category}`] ??
      own[`${base}.other`] ??
      english[`${base}.${category}`] ??
      en[`${base}.other`];
    return Object.fromEntries(categories.map((category) => [category, form(category)])) as PluralForms;
  }

  /** The plural form of `base` that fits `count` in this language, with `{count}` filled in. */
  function tn(base: PluralKey, count: number, values?: TemplateValues): string {
    return fillPlural(forms(base), count, plurals, numbers, values);
  }

  /** A number as the language writes it. */
  function number(count: number): string {
    return numbers.format(count);
  }

  return { t, tn, forms, number, locale };
});

export type Translate = ReturnType<typeof useTranslations>['t'];
