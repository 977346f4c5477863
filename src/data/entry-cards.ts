/** What the cards of events, networks and organisations say in a language (practice notes: practice-card.ts). */
import type { Locale } from '../core/locales.ts';
import { entryPath, localizedPath } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { formatEventDates } from '../lib/dates.ts';
import { eventFilterValues, organisationFilterValues } from '../lib/list-matching.ts';
import { inLocale, pickTranslation, translatedPath } from '../lib/translations.ts';
import type { Event, Network, OrganisationEntry } from './catalog.ts';

/** A card's words and link, as EntryCard shows them. */
export interface CardData {
  href: string;
  title: string;
  /** What the entry is, above its title. */
  kind: string;
  summary?: string | undefined;
  /** Short facts under the summary. */
  details?: string[] | undefined;
  /** The language title and summary are in, when the entry is not translated into the reader's. */
  lang?: Locale | undefined;
  /** Values a list filter matches the card on. */
  filters?: Record<string, string[]> | undefined;
}

/** An event: its dates, title and summary. */
export function eventCard(event: Event, locale: Locale): CardData {
  const shown = pickTranslation(event, locale);
  const { data } = shown.entry;
  return {
    href: translatedPath(event, locale, entryPath('events', event.slug)),
    title: data.title,
    kind: formatEventDates(data.start, data.end, data.timeZone, locale),
    summary: data.summary,
    lang: shown.isFallback ? shown.locale : undefined,
    filters: eventFilterValues(data),
  };
}

/** A network: its kind, name, summary and size. */
export function networkCard(network: Network, locale: Locale): CardData {
  const { t, tn } = useTranslations(locale);
  const shown = pickTranslation(network, locale);
  const { data } = shown.entry;
  return {
    href: translatedPath(network, locale, entryPath('networks', network.slug)),
    title: data.name,
    kind: t(`networkKind.${data.kind}`),
    summary: data.summary,
    details: [tn('networks.members', data.members.length)],
    lang: shown.isFallback ? shown.locale : undefined,
  };
}

/** An organisation: its kind, its name (with its short name when that differs) and its country. */
export function organisationCard(organisation: OrganisationEntry, locale: Locale): CardData {
  const { t } = useTranslations(locale);
  const { data } = organisation;
  const name = inLocale(data.name, locale);
  return {
    href: localizedPath(locale, entryPath('organisations', organisation.id)),
    title: data.shortName && data.shortName !== name ? `${name} (${data.shortName})` : name,
    kind: t(`organisationKind.${data.kind}`),
    details: data.country ? [countryName(data.country, locale)] : [],
    filters: organisationFilterValues(data),
  };
}
