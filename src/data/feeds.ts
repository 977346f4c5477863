/**
 * RSS feeds of entries written in one language: the site's (/rss.xml, /<lang>/rss.xml) and each stage's and
 * group's (/themes/<id>/rss.xml). A feed reader cannot mark an entry as untranslated, so a feed holds only
 * entries written in its language; it holds the newest, so that no feed grows with the library.
 */
import rss from '@astrojs/rss';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { intlLocale } from '../core/locales.ts';
import { entryPath, localizedPath } from '../core/routes.ts';
import type { Event, Practice } from './catalog.ts';

/** Items in a feed: at most this many practice notes and this many events, newest first. */
export const feedSize = 50;

interface Feed {
  locale: Locale;
  site: URL | undefined;
  title: string;
  description: string;
  /** The page the feed follows, without language prefix. */
  path: string;
  practices: Iterable<Practice>;
  events: Iterable<Event>;
}

/** The versions written in the feed's language, newest first by `date`. */
function own<Entry extends { data: object }>(
  entries: Iterable<{ slug: string; versions: ReadonlyMap<Locale, Entry> }>,
  locale: Locale,
  date: (entry: Entry) => string,
) {
  return [...entries]
    .flatMap(({ slug, versions }) => {
      const entry = versions.get(locale);
      return entry ? [{ slug, entry }] : [];
    })
    .sort((a, b) => date(b.entry).localeCompare(date(a.entry)))
    .slice(0, feedSize);
}

export function entriesFeed({ locale, site, title, description, path, practices, events }: Feed) {
  const { t } = useTranslations(locale);
  const link = (collection: 'practices' | 'events', slug: string) =>
    localizedPath(locale, entryPath(collection, slug));
  return rss({
    title,
    description,
    site: new URL(localizedPath(locale, path), site),
    // An event is dated by the day it starts: it has no publication date, and its start is what it announces.
    items: [
      ...own(practices, locale, (entry) => entry.data.published).map(({ slug, entry: { data } }) => ({
        title: data.title,
        description: data.summary,
        link: link('practices', slug),
        pubDate: new Date(data.published),
        categories: [t('term.practices'), t(`practiceType.${data.type}`)],
      })),
      ...own(events, locale, (entry) => entry.data.start).map(({ slug, entry: { data } }) => ({
        title: data.title,
        description: data.summary,
        link: link('events', slug),
        pubDate: new Date(data.start.slice(0, 10)),
        categories: [t('events.title')],
      })),
    ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: `<language>${intlLocale(locale)}</language>`,
  });
}
