/** A stage of response's or a vulnerable group's page: what it covers, its newest notes, its feed and events. */
import type { Locale } from '../core/locales.ts';
import { entryPath, localizedPath, routes, termFeedPath } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { inLocale } from '../lib/translations.ts';
import { searchLabels, termSearch } from '../search/search-meta.ts';
import type { Catalog, Event, TermEntry } from './catalog.ts';
import { facetPractices, type NewestPractices } from './facet-practices.ts';
import type { Link } from './facts.ts';
import type { PageFrame } from './page-frame.ts';
import { termPractices } from './terms.ts';

/** Events the page lists; the events page has the others. */
const shownEvents = 6;

export interface TermPage {
  frame: PageFrame;
  /** The taxonomy's name, above the term's. */
  kind: string;
  label: string;
  description: string;
  feedHref: string;
  practices: NewestPractices;
  /** The events where its practices were presented, newest first, and a link to all events when there are more. */
  events: { shown: Event[]; count: number; all: Link | undefined };
}

export async function termPage(
  catalog: Catalog,
  taxonomy: 'themes' | 'groups',
  term: TermEntry,
  locale: Locale,
): Promise<TermPage> {
  const { t } = useTranslations(locale);
  const { facet, events } = termPractices(catalog, taxonomy, term.id);
  const label = inLocale(term.data.label, locale);
  const description = inLocale(term.data.description, locale);
  const feed = termFeedPath(taxonomy, term.id);
  // Indexed only in the languages it is written in; elsewhere it shows English words on a page of another language.
  const translated = term.data.label[locale] !== undefined && term.data.description[locale] !== undefined;
  return {
    frame: {
      title: label,
      description,
      path: entryPath(taxonomy, term.id),
      breadcrumbs: [{ label: t(`${taxonomy}.title`), path: routes[taxonomy] }],
      search: translated ? termSearch(taxonomy, term, searchLabels(locale, t, catalog)) : undefined,
      feed: { title: t('feed.term', { term: label }), path: feed },
    },
    kind: t(`${taxonomy}.title`),
    label,
    description,
    feedHref: localizedPath(locale, feed),
    practices: await facetPractices({ name: facet, value: term.id }, locale),
    events: {
      shown: events.slice(0, shownEvents),
      count: events.length,
      all:
        events.length > shownEvents
          ? { href: localizedPath(locale, routes.events), label: t('home.allEvents') }
          : undefined,
    },
  };
}
