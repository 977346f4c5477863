/**
 * What the search index records about each page: the filters readers narrow results by, and the title,
 * summary and date that results show. Values are words in the page's language, because readers see them.
 */
import { localeInfo, type Locale } from '../core/locales.ts';
import type { Translate } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Event } from '../schemas/event.ts';
import type { Network } from '../schemas/network.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Page } from '../schemas/page.ts';
import type { Practice, PracticeType } from '../schemas/practice.ts';
import { countryName } from '../lib/countries.ts';
import { formatYearOrMonth } from '../lib/dates.ts';
import { inLocale } from '../lib/translations.ts';

/** The filter keys, in the order the search page shows them. The client reads results by these names. */
export const searchFilterKeys = [
  'kind',
  'type',
  'theme',
  'group',
  'organisation',
  'country',
  'year',
  'language',
] as const;

export type SearchFilterKey = (typeof searchFilterKeys)[number];
export type SearchFilters = Partial<Record<SearchFilterKey, string[]>>;

/**
 * Filters that are never shown: the kind and type of practice as ids, so that a result is labelled in the
 * reader's language whatever language it was found in. (Pagefind searches the text of meta fields, which would
 * let an English id match a search in another language; filters are not searched.)
 */
export const searchIdFilters = { kind: 'kind-id', practiceType: 'type-id' } as const;

/** The kinds of page that are indexed. */
export const searchKinds = [
  'practice',
  'event',
  'network',
  'organisation',
  'page',
  'theme',
  'group',
  'dataset',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Everything the index holds about a page besides its text. */
export interface SearchRecord {
  /** Stable ids, so that a result is labelled in the reader's language whatever the language it was found in. */
  kind: SearchKind;
  practiceType?: PracticeType | undefined;
  filters: SearchFilters;
  title: string;
  summary?: string | undefined;
  /** YYYY-MM-DD, YYYY-MM or YYYY: shown on the result, and what "newest first" sorts by. */
  date?: string | undefined;
}

type Translations = Readonly<Partial<Record<Locale, string>>> & { readonly en: string };

/** Names of the things entries refer to by id, in the reader's language; undefined for unpublished ids. */
export interface SearchLabels {
  readonly locale: Locale;
  readonly t: Translate;
  theme(id: string): string | undefined;
  group(id: string): string | undefined;
  organisation(id: string): string | undefined;
}

/** Builds the label look-ups for a language from the catalog's maps of terms and organisations. */
export function searchLabels(
  locale: Locale,
  t: Translate,
  catalog: {
    themes: ReadonlyMap<string, { data: { label: Translations } }>;
    groups: ReadonlyMap<string, { data: { label: Translations } }>;
    organisations: ReadonlyMap<string, { data: { name: Translations } }>;
  },
): SearchLabels {
  const label = (text: Translations | undefined) => (text ? inLocale(text, locale) : undefined);
  return {
    locale,
    t,
    theme: (id) => label(catalog.themes.get(id)?.data.label),
    group: (id) => label(catalog.groups.get(id)?.data.label),
    organisation: (id) => label(catalog.organisations.get(id)?.data.name),
  };
}

/**
 * A kind of page's filters, with the language added: values in key order, each once; names of unpublished
 * things (undefined) and filters without a value are left out, so the page emits only what a reader can choose.
 */
function filtersOf(
  kind: SearchKind,
  labels: SearchLabels,
  values: Partial<Record<Exclude<SearchFilterKey, 'kind' | 'language'>, (string | undefined)[]>>,
): SearchFilters {
  const all: Partial<Record<SearchFilterKey, (string | undefined)[]>> = {
    ...values,
    kind: [labels.t(`search.kind.${kind}`)],
    language: [localeInfo[labels.locale].endonym],
  };
  const filters: SearchFilters = {};
  for (const key of searchFilterKeys) {
    const kept = [...new Set(all[key]?.filter((value): value is string => Boolean(value)))];
    if (kept.length > 0) filters[key] = kept;
  }
  return filters;
}

/** The year of a date, written as the reader's language writes numbers. */
const year = (date: string | undefined, locale: Locale) =>
  date ? formatYearOrMonth(date.slice(0, 4), locale) : undefined;

const countries = (codes: readonly string[], locale: Locale) =>
  codes.map((code) => countryName(code, locale));

export function practiceSearch(
  data: Pick<
    Practice,
    'title' | 'summary' | 'type' | 'themes' | 'groups' | 'organisations' | 'countries' | 'published'
  >,
  labels: SearchLabels,
): SearchRecord {
  return {
    kind: 'practice',
    practiceType: data.type,
    filters: filtersOf('practice', labels, {
      type: [labels.t(`practiceType.${data.type}`)],
      theme: data.themes.map(labels.theme),
      group: data.groups.map(labels.group),
      organisation: data.organisations.map(labels.organisation),
      country: countries(data.countries, labels.locale),
      year: [year(data.published, labels.locale)],
    }),
    title: data.title,
    summary: data.summary,
    date: data.published,
  };
}

export function eventSearch(
  data: Pick<Event, 'title' | 'summary' | 'start' | 'organisers' | 'location'>,
  labels: SearchLabels,
): SearchRecord {
  const country = data.location?.country;
  return {
    kind: 'event',
    filters: filtersOf('event', labels, {
      organisation: data.organisers.map(labels.organisation),
      country: country ? countries([country], labels.locale) : [],
      year: [year(data.start, labels.locale)],
    }),
    title: data.title,
    summary: data.summary,
    date: data.start.slice(0, 10),
  };
}

export function networkSearch(
  data: Pick<
    Network,
    'name' | 'summary' | 'themes' | 'members' | 'coordinator' | 'funders' | 'countries' | 'founded'
  >,
  labels: SearchLabels,
): SearchRecord {
  const organisations = [...(data.coordinator ? [data.coordinator] : []), ...data.members, ...data.funders];
  return {
    kind: 'network',
    filters: filtersOf('network', labels, {
      theme: data.themes.map(labels.theme),
      organisation: organisations.map(labels.organisation),
      country: countries(data.countries, labels.locale),
      year: [year(data.founded, labels.locale)],
    }),
    title: data.name,
    summary: data.summary,
    date: data.founded,
  };
}

export function organisationSearch(
  id: string,
  data: Pick<Organisation, 'shortName' | 'kind' | 'country'>,
  labels: SearchLabels,
): SearchRecord {
  const name = labels.organisation(id) ?? id;
  return {
    kind: 'organisation',
    filters: filtersOf('organisation', labels, {
      organisation: [name],
      country: data.country ? countries([data.country], labels.locale) : [],
    }),
    title: name,
    summary: [data.shortName, labels.t(`organisationKind.${data.kind}`)].filter(Boolean).join(' · '),
  };
}

export function pageSearch(
  data: Pick<Page, 'title' | 'summary' | 'updated'>,
  labels: SearchLabels,
): SearchRecord {
  return {
    kind: 'page',
    filters: filtersOf('page', labels, { year: [year(data.updated, labels.locale)] }),
    title: data.title,
    summary: data.summary,
    date: data.updated,
  };
}

/** A stage of response or a vulnerable group: filed under itself, so that its filter finds its page too. */
export function termSearch(
  taxonomy: 'themes' | 'groups',
  term: { id: string; data: { description: Translations } },
  labels: SearchLabels,
): SearchRecord {
  const [kind, key, label] =
    taxonomy === 'themes'
      ? (['theme', 'theme', labels.theme(term.id)] as const)
      : (['group', 'group', labels.group(term.id)] as const);
  return {
    kind,
    filters: filtersOf(kind, labels, { [key]: [label] }),
    title: label ?? term.id,
    summary: inLocale(term.data.description, labels.locale),
  };
}

/** A dataset, filed under its holders, countries, groups and every year it covers. */
export function datasetSearch(
  data: Pick<Dataset, 'title' | 'summary' | 'organisations' | 'countries' | 'groups' | 'period' | 'updated'>,
  labels: SearchLabels,
): SearchRecord {
  const first = Number(data.period.start.slice(0, 4));
  const last = Number(data.period.end.slice(0, 4));
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => String(first + i));
  return {
    kind: 'dataset',
    filters: filtersOf('dataset', labels, {
      group: data.groups.map(labels.group),
      organisation: data.organisations.map(labels.organisation),
      country: countries(data.countries, labels.locale),
      year: years.map((y) => year(y, labels.locale)),
    }),
    title: inLocale(data.title, labels.locale),
    summary: inLocale(data.summary, labels.locale),
    date: data.updated,
  };
}
