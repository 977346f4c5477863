/** A standing page written by editors (about, privacy…): its version in the reader's language, or the original. */
import type { Locale } from '../core/locales.ts';
import { sitePagePath } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatDate } from '../lib/dates.ts';
import { pickTranslation } from '../lib/translations.ts';
import { pageSearch, searchLabels } from '../search/search-meta.ts';
import type { Catalog, Page, PageEntry } from './catalog.ts';
import type { PageFrame } from './page-frame.ts';

export interface SitePage {
  frame: PageFrame;
  entry: PageEntry;
  title: string;
  summary: string;
  /** The language the page is shown in when it is not translated into the reader's: a notice says so. */
  fallback: Locale | undefined;
  /** "Updated: <date>", when the editors gave one. */
  updated: string | undefined;
}

export function sitePage(catalog: Catalog, page: Page, locale: Locale): SitePage {
  const { t } = useTranslations(locale);
  const shown = pickTranslation(page, locale);
  const { data } = shown.entry;
  return {
    frame: {
      title: data.title,
      description: data.summary,
      path: sitePagePath(page.slug),
      contentLocales: [...page.versions.keys()],
      // Indexed only where it is written in the page's language.
      search: shown.isFallback ? undefined : pageSearch(data, searchLabels(locale, t, catalog)),
    },
    entry: shown.entry,
    title: data.title,
    summary: data.summary,
    fallback: shown.isFallback ? shown.locale : undefined,
    updated: data.updated && `${t('field.updated')}: ${formatDate(data.updated, locale)}`,
  };
}
