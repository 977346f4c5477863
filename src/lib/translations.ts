/** Entries of translatable collections: one slug, a version per language folder. */
import { defaultLocale, isLocale, locales, type Locale } from '../core/locales.ts';
import { localizedPath } from '../core/routes.ts';

/** Splits a content id "fr/referral-pathways" into its language and its language-neutral slug. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(locale) || !slug) {
    throw new Error(
      `"${id}" is not in a language folder: put it at <collection>/<${locales.join('|')}>/<slug>.mdx`,
    );
  }
  return { locale, slug };
}

export interface Translated<Entry> {
  readonly slug: string;
  /** Every language version, keyed by language. */
  readonly versions: ReadonlyMap<Locale, Entry>;
  /** The version other languages fall back to: English, or else the first language it exists in. */
  readonly original: Entry;
  readonly originalLocale: Locale;
}

/** Groups entries by slug into their language versions. */
export function groupTranslations<Entry extends { id: string }>(
  entries: readonly Entry[],
): Map<string, Translated<Entry>> {
  const bySlug = new Map<string, Map<Locale, Entry>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    const versions = bySlug.get(slug) ?? new Map<Locale, Entry>();
    versions.set(locale, entry);
    bySlug.set(slug, versions);
  }
  const grouped = new Map<string, Translated<Entry>>();
  for (const [slug, versions] of bySlug) {
    const originalLocale = originalOf([...versions.keys()]);
    const ordered = new Map(
      locales.filter((code) => versions.has(code)).map((code) => [code, versions.get(code)!]),
    );
    grouped.set(slug, { slug, versions: ordered, original: versions.get(originalLocale)!, originalLocale });
  }
  return grouped;
}

/** The language other readers are sent to: English when the entry has it, else the first of the language list. */
export function originalOf(available: readonly Locale[]): Locale {
  const original = locales.find((code) => available.includes(code));
  if (!original) throw new Error('An entry needs at least one language version');
  return available.includes(defaultLocale) ? defaultLocale : original;
}

/** The id of the notice, on an entry's original, for readers of a language it is not written in: "not-in-fr". */
export function untranslatedNoticeId(locale: Locale): string {
  return `not-in-${locale}`;
}

/**
 * Where readers of `locale` read the entry at `path` (without language prefix) that is written in `available`:
 * their own version, else the original, at the notice that tells them so.
 */
export function versionPath(available: readonly Locale[], locale: Locale, path: string): string {
  return available.includes(locale)
    ? localizedPath(locale, path)
    : `${localizedPath(originalOf(available), path)}#${untranslatedNoticeId(locale)}`;
}

/** Where readers of `locale` read a grouped entry whose page is at `path`: see `versionPath`. */
export function translatedPath(translated: Translated<unknown>, locale: Locale, path: string): string {
  return versionPath([...translated.versions.keys()], locale, path);
}

/** The version a reader of `locale` sees: their own if it exists, else the original, flagged as a fallback. */
export function pickTranslation<Entry>(
  translated: Translated<Entry>,
  locale: Locale,
): { entry: Entry; locale: Locale; isFallback: boolean } {
  const own = translated.versions.get(locale);
  return own
    ? { entry: own, locale, isFallback: false }
    : { entry: translated.original, locale: translated.originalLocale, isFallback: true };
}

/** A translated field in the reader's language, or in English when it has no translation yet. */
export function inLocale(
  text: Readonly<Partial<Record<Locale, string>>> & { readonly en: string },
  locale: Locale,
): string {
  return text[locale] ?? text.en;
}
