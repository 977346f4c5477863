// /themes/<id>/rss.xml and /groups/<id>/rss.xml, per language: the newest practice notes of a stage of
// response or a vulnerable group, and the events where they were presented.
import type { APIRoute } from 'astro';
import { getCatalog, type TermEntry } from '../../../../data/catalog.ts';
import { entriesFeed } from '../../../../data/feeds.ts';
import { useTranslations, type Locale } from '../../../../i18n/index.ts';
import { entryPath } from '../../../../core/routes.ts';
import { inLocale } from '../../../../lib/translations.ts';
import { termPaths, termPractices } from '../../../../data/terms.ts';
import { withCacheKeys } from '../../../../data/page-keys.ts';

export const getStaticPaths = () =>
  withCacheKeys(termPaths(), async (p) => [p.item, termPractices(await getCatalog(), p.taxonomy, p.item.id)]);

export const GET: APIRoute<{ locale: Locale; taxonomy: 'themes' | 'groups'; item: TermEntry }> = async ({
  props: { locale, taxonomy, item: term },
  site,
}) => {
  const { t } = useTranslations(locale);
  const { practices, events } = termPractices(await getCatalog(), taxonomy, term.id);
  const label = inLocale(term.data.label, locale);
  return entriesFeed({
    locale,
    site,
    title: t('feed.term', { term: label }),
    description: inLocale(term.data.description, locale),
    path: entryPath(taxonomy, term.id),
    practices,
    events,
  });
};
