/** What a practice note's card says in a language: the same words on static pages and in filtered results. */
import type { Locale, Translate } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { entryPath } from '../core/routes.ts';
import { inLocale, pickTranslation, translatedPath } from '../lib/translations.ts';
import { pick, type Catalog, type Practice } from './catalog.ts';

export interface PracticeCardData {
  href: string;
  title: string;
  /** The type of practice, in the reader's language. */
  kind: string;
  summary: string;
  /** Who did it, and where. */
  details: string[];
  /** The language title and summary are in, when the note is not translated into the reader's. */
  lang: Locale | undefined;
}

export function practiceCard(
  catalog: Catalog,
  practice: Practice,
  locale: Locale,
  t: Translate,
): PracticeCardData {
  const shown = pickTranslation(practice, locale);
  const { data } = shown.entry;
  const organisations = pick(catalog.organisations, data.organisations).map(
    (org) => org.data.shortName ?? inLocale(org.data.name, locale),
  );
  const countries = data.countries.map((code) => countryName(code, locale));
  return {
    href: translatedPath(practice, locale, entryPath('practices', practice.slug)),
    title: data.title,
    kind: t(`practiceType.${data.type}`),
    summary: data.summary,
    details: [organisations.join(', '), countries.join(', ')].filter(Boolean),
    lang: shown.isFallback ? shown.locale : undefined,
  };
}
