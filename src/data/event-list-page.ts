/** The events page and the page of each year: which events they list, in what groups, with which filters. */
import type { Locale } from '../core/locales.ts';
import { eventYearPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatYearOrMonth, today } from '../lib/dates.ts';
import { eventArchive, eventYear } from '../lib/event-archive.ts';
import type { Filter } from '../lib/list-matching.ts';
import { indexBy } from '../lib/reverse-links.ts';
import type { Catalog, Event } from './catalog.ts';
import { eventFilters } from './event-filters.ts';
import type { PageFrame } from './page-frame.ts';

/** Every year that has events, newest first, with its events: what the links to the year pages count. */
export type EventsByYear = ReadonlyMap<string, readonly Event[]>;

export interface EventListPage {
  frame: PageFrame;
  /** Soonest first. */
  upcoming: Event[];
  /** The most recent past events by year, newest first. */
  past: { year: string; heading: string; events: Event[] }[];
  /** Whether older events are left to the year pages. */
  older: boolean;
  years: EventsByYear;
  filters: Filter[];
}

export function eventListPage(catalog: Catalog, locale: Locale, on = today()): EventListPage {
  const { t } = useTranslations(locale);
  const { upcoming, recent, older, years } = eventArchive(
    catalog.events.values(),
    (e) => e.original.data,
    on,
  );
  return {
    frame: { title: t('events.title'), description: t('events.lead'), path: routes.events },
    upcoming,
    past: [...indexBy(recent, (e) => [eventYear(e.original.data)])].map(([year, events]) => ({
      year,
      heading: formatYearOrMonth(year, locale),
      events,
    })),
    older: older > 0,
    years,
    filters: eventFilters(catalog, [...upcoming, ...recent], locale, t),
  };
}

/** Every year that has events, for the year pages' routes. */
export function eventYears(catalog: Catalog, on = today()): EventsByYear {
  return eventArchive(catalog.events.values(), (e) => e.original.data, on).years;
}

export interface EventYearPage {
  frame: PageFrame;
  title: string;
  events: readonly Event[];
  filters: Filter[];
}

export function eventYearPage(
  catalog: Catalog,
  year: string,
  events: readonly Event[],
  locale: Locale,
): EventYearPage {
  const { t } = useTranslations(locale);
  const title = t('events.yearTitle', { year: formatYearOrMonth(year, locale) });
  return {
    frame: {
      title,
      description: t('events.lead'),
      path: eventYearPath(year),
      breadcrumbs: [{ label: t('events.title'), path: routes.events }],
    },
    title,
    events,
    filters: eventFilters(catalog, events, locale, t),
  };
}
