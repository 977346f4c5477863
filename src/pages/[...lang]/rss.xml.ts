// /rss.xml and /<lang>/rss.xml: the practice notes (newest first) and events written in one language. A feed
// reader cannot mark an entry as untranslated, so each feed holds only the entries written in its language.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { intlLocale } from '../../i18n/locales.ts';
import { entryPath, localeParams, localizedPath } from '../../lib/paths.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) => {
  const { t } = useTranslations(locale);
  const catalog = await getCatalog();
  const own = <Entry>(entries: Iterable<{ slug: string; versions: ReadonlyMap<Locale, Entry> }>) =>
    [...entries].flatMap(({ slug, versions }) => {
      const entry = versions.get(locale);
      return entry ? [{ slug, entry }] : [];
    });

  const item = (
    collection: 'practices' | 'events',
    slug: string,
    data: { title: string; summary: string },
  ) => ({
    title: data.title,
    description: data.summary,
    link: localizedPath(locale, entryPath(collection, slug)),
  });

  const practices = own(catalog.practices.values())
    .sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published))
    .map(({ slug, entry: { data } }) => ({
      ...item('practices', slug, data),
      pubDate: data.published,
      categories: [t('term.practices'), t(`practiceType.${data.type}`)],
    }));
  const events = own(catalog.events.values())
    .sort((a, b) => b.entry.data.start.localeCompare(a.entry.data.start))
    .map(({ slug, entry: { data } }) => ({ ...item('events', slug, data), categories: [t('events.title')] }));

  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: new URL(localizedPath(locale, '/'), site),
    items: [...practices, ...events],
    customData: `<language>${intlLocale(locale)}</language>`,
  });
};
