// /rss.xml and /<lang>/rss.xml: the newest practice notes and events written in one language.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { entriesFeed } from '../../data/feeds.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { localeParams, routes } from '../../core/routes.ts';
import { withCacheKeys } from '../../data/page-keys.ts';

export const getStaticPaths = async () =>
  withCacheKeys(localeParams(), async () => [(await getCatalog()).practices, (await getCatalog()).events]);

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) => {
  const { t } = useTranslations(locale);
  const catalog = await getCatalog();
  return entriesFeed({
    locale,
    site,
    title: t('feed.title'),
    description: t('site.description'),
    path: routes.home,
    practices: catalog.practices.values(),
    events: catalog.events.values(),
  });
};
