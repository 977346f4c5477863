/** An event's page: its dates and registration, its outputs by kind, its practices, agenda and facts. */
import type { Locale } from '../core/locales.ts';
import { entryPath, eventCalendarPath } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate, formatEventDates, isUpcoming, today } from '../lib/dates.ts';
import { indexBy } from '../lib/reverse-links.ts';
import { pickTranslation, translatedPath } from '../lib/translations.ts';
import { outputKinds } from '../schemas/event.ts';
import { eventSearch } from '../search/search-meta.ts';
import { pick, type Catalog, type Event, type EventEntry, type Practice } from './catalog.ts';
import { entryPage, type EntryPage } from './entry-page.ts';
import { organisationLinks, type Fact, type Link } from './facts.ts';

type Output = EventEntry['data']['outputs'][number];

/** One thing the event produced, with the practice note it belongs to. */
export interface EventOutput extends Pick<Output, 'title' | 'format' | 'bytes' | 'language'> {
  /** Its file or address; undefined when it is not online. */
  href: string | undefined;
  /** The practice note, in the reader's language or else its original's (`lang`). */
  practice: (Link & { lang: Locale | undefined }) | undefined;
}

export interface EventPage extends EntryPage<EventEntry> {
  /** The dates, above the title. */
  dates: string;
  /** Where to register, while the event is ahead. */
  registration: { href: string; deadline: string | undefined } | undefined;
  calendarHref: string;
  /** The outputs grouped by kind, in the order of the kinds. */
  outputs: { kind: (typeof outputKinds)[number]; heading: string; list: EventOutput[] }[];
  practices: Practice[];
  agenda: EventEntry['data']['agenda'];
  facts: Fact[];
}

export function eventPage(catalog: Catalog, event: Event, locale: Locale, on = today()): EventPage {
  const { t } = useTranslations(locale);
  const page = entryPage(catalog, 'events', event, locale, {
    title: (data) => data.title,
    search: eventSearch,
  });
  const { data } = page.entry;
  const dates = formatEventDates(data.start, data.end, data.timeZone, locale);
  const { location, registration } = data;
  const byKind = indexBy(data.outputs, (output) => [output.kind]);
  const facts: Fact[] = [
    { label: t('field.date'), values: [dates], searchable: false },
    { label: t('field.format'), values: data.format ? [t(`eventFormat.${data.format}`)] : [] },
    {
      label: t('field.location'),
      values: location
        ? [
            [location.venue, location.city, location.country && countryName(location.country, locale)]
              .filter(Boolean)
              .join(', '),
          ]
        : [],
    },
    { label: t('field.organisers'), values: organisationLinks(catalog, data.organisers, locale) },
    {
      label: t('field.networks'),
      values: pick(catalog.networks, data.networks).map((network) => ({
        label: pickTranslation(network, locale).entry.data.name,
        href: translatedPath(network, locale, entryPath('networks', network.slug)),
      })),
    },
  ];
  return {
    ...page,
    dates,
    registration:
      registration && isUpcoming(data, on)
        ? {
            href: registration.url,
            deadline:
              registration.deadline &&
              t('event.registerBy', { date: formatDate(registration.deadline, locale) }),
          }
        : undefined,
    calendarHref: eventCalendarPath(event.slug),
    outputs: outputKinds.flatMap((kind) => {
      const list = byKind.get(kind);
      return list
        ? [{ kind, heading: t(`outputKind.${kind}`), list: list.map((o) => eventOutput(catalog, o, locale)) }]
        : [];
    }),
    practices: pick(catalog.practices, data.practices),
    agenda: data.agenda,
    facts,
  };
}

function eventOutput(catalog: Catalog, output: Output, locale: Locale): EventOutput {
  const practice = output.practice ? catalog.practices.get(output.practice) : undefined;
  const shown = practice && pickTranslation(practice, locale);
  return {
    title: output.title,
    href: output.file ?? output.url,
    format: output.format,
    bytes: output.bytes,
    language: output.language,
    practice: practice &&
      shown && {
        label: shown.entry.data.title,
        href: translatedPath(practice, locale, entryPath('practices', practice.slug)),
        lang: shown.isFallback ? shown.locale : undefined,
      },
  };
}
