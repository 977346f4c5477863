/** What the pages of practice notes, events and networks share: the version in the reader's language and its frame. */
import type { Locale } from '../core/locales.ts';
import { entryPath, routes } from '../core/routes.ts';
import { useTranslations, type UIKey } from '../i18n/index.ts';
import type { Translated } from '../lib/translations.ts';
import { searchLabels, type SearchLabels, type SearchRecord } from '../search/search-meta.ts';
import type { Catalog, EventEntry, NetworkEntry, PracticeEntry } from './catalog.ts';
import type { PageFrame } from './page-frame.ts';

/** The collections whose entries are translated and have a page each. */
export type EntryCollection = 'practices' | 'events' | 'networks';

type Entry = PracticeEntry | EventEntry | NetworkEntry;

export interface EntryPage<Shown extends Entry> {
  /** The version the page shows: entry pages are built only in the languages an entry is written in. */
  entry: Shown;
  title: string;
  summary: string;
  /** The page's path without language prefix. */
  path: string;
  /** The languages the entry is written in. */
  available: Locale[];
  frame: PageFrame;
  /**
   * On the original only: the list readers of the languages it lacks are sent back to, from the notices
   * (UntranslatedNotices) that tell them so.
   */
  untranslated: { path: string; title: UIKey } | undefined;
}

/** How an entry of a collection is named, and what it tells the search index. */
export interface EntryKind<Shown extends Entry> {
  title: (data: Shown['data']) => string;
  search: (data: Shown['data'], labels: SearchLabels) => SearchRecord;
}

export function entryPage<Shown extends Entry>(
  catalog: Catalog,
  collection: EntryCollection,
  item: Translated<Shown>,
  locale: Locale,
  kind: EntryKind<Shown>,
): EntryPage<Shown> {
  const { t } = useTranslations(locale);
  const list = { path: routes[collection], title: `${collection}.title` } as const;
  const entry = item.versions.get(locale)!;
  const title = kind.title(entry.data);
  const path = entryPath(collection, item.slug);
  const available = [...item.versions.keys()];
  return {
    entry,
    title,
    summary: entry.data.summary,
    path,
    available,
    frame: {
      title,
      description: entry.data.summary,
      path,
      breadcrumbs: [{ label: t(list.title), path: list.path }],
      contentLocales: available,
      pageLocales: available,
      search: kind.search(entry.data, searchLabels(locale, t, catalog)),
    },
    untranslated: locale === item.originalLocale ? list : undefined,
  };
}
