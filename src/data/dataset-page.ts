/**
 * The data pages: the list of datasets (cards with filters by organisation, country, group and year) and a
 * page per dataset (facts, charts with their tables and rule, method, downloads, citation, sources, and its
 * schema.org metadata); and the DCAT-AP catalogue of every dataset and open-data file.
 */
import { intlLocale, type Locale } from '../core/locales.ts';
import { datasetDownloadPath, datasetPath, datasetRoutes, localizedPath, routes } from '../core/routes.ts';
import { siteUrl } from '../core/site.ts';
import { useTranslations } from '../i18n/index.ts';
import { citation } from '../lib/citation.ts';
import { countryName } from '../lib/countries.ts';
import { datasetJsonLd, dcatCatalog, licenceUrls, type DatasetDescription } from '../lib/dataset-metadata.ts';
import { formatDate, formatYearOrMonth } from '../lib/dates.ts';
import type { Filter } from '../lib/list-matching.ts';
import { sortByLabel } from '../lib/sort.ts';
import { inLocale } from '../lib/translations.ts';
import { datasetSearch, searchLabels } from '../search/search-meta.ts';
import { suppressedMarker, type Dataset } from '../schemas/dataset.ts';
import { pick, type Catalog, type Event, type Practice } from './catalog.ts';
import { datasetChartViews, ruleText, type ChartView } from './dataset-charts-view.ts';
import type { DatasetItem } from './dataset-tables.ts';
import type { CardData } from './entry-cards.ts';
import {
  countryLinks,
  organisationLinks,
  organisationOptions,
  termLinks,
  type Fact,
  type Link,
} from './facts.ts';
import type { PageFrame } from './page-frame.ts';

/** The years a dataset covers, as text: "2020", "2021"… */
function yearsOf(data: Dataset): string[] {
  const first = Number(data.period.start.slice(0, 4));
  const last = Number(data.period.end.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => String(first + i));
}

/** Whether the words of a dataset are written in `locale`, rather than shown in English. */
const translated = (data: Dataset, locale: Locale) =>
  Boolean(data.title[locale] && data.summary[locale] && data.measure.label[locale]);

/** Datasets by title in the reader's language. */
export function sortedDatasets(catalog: Catalog, locale: Locale): DatasetItem[] {
  return sortByLabel([...catalog.datasets.values()], (d) => inLocale(d.data.title, locale), locale);
}

export interface DatasetListPage {
  frame: PageFrame;
  cards: CardData[];
  filters: Filter[];
  catalogHref: string;
}

export function datasetListPage(catalog: Catalog, locale: Locale): DatasetListPage {
  const { t } = useTranslations(locale);
  const items = sortedDatasets(catalog, locale);
  const used = (values: string[]) => [...new Set(values)];
  const all = items.map((item) => item.data);
  return {
    frame: { title: t('datasets.title'), description: t('datasets.lead'), path: datasetRoutes.list },
    catalogHref: datasetRoutes.catalog,
    cards: items.map(({ id, data }) => ({
      href: localizedPath(locale, datasetPath(id)),
      title: inLocale(data.title, locale),
      kind: t('search.kind.dataset'),
      summary: inLocale(data.summary, locale),
      details: [
        `${formatYearOrMonth(data.period.start, locale)}–${formatYearOrMonth(data.period.end, locale)}`,
        data.countries.map((code) => countryName(code, locale)).join(', '),
      ],
      lang: translated(data, locale) ? undefined : 'en',
      filters: {
        organisation: data.organisations,
        country: data.countries,
        // Not "group": list-filter reads data-filter-group as a heading's group of cards.
        groups: data.groups,
        year: yearsOf(data),
      },
    })),
    filters: [
      {
        name: 'organisation',
        label: t('filter.organisation'),
        options: organisationOptions(
          catalog,
          all.flatMap((d) => d.organisations),
          locale,
        ),
      },
      {
        name: 'country',
        label: t('filter.country'),
        options: sortByLabel(
          used(all.flatMap((d) => d.countries)).map((code) => ({
            value: code,
            label: countryName(code, locale),
          })),
          (option) => option.label,
          locale,
        ),
      },
      {
        name: 'groups',
        label: t('filter.group'),
        options: pick(catalog.groups, used(all.flatMap((d) => d.groups))).map((group) => ({
          value: group.id,
          label: inLocale(group.data.label, locale),
        })),
      },
      {
        name: 'year',
        label: t('filter.period'),
        options: used(all.flatMap(yearsOf))
          .sort()
          .reverse()
          .map((year) => ({ value: year, label: formatYearOrMonth(year, locale) })),
      },
    ],
  };
}

export interface DatasetPage {
  frame: PageFrame;
  title: string;
  summary: string;
  /** The language the words are in, when the dataset is not translated into the reader's. */
  lang: Locale | undefined;
  facts: Fact[];
  rule: string;
  charts: ChartView[];
  method: string;
  caveats: string | undefined;
  downloads: (Link & { type: string })[];
  citation: string;
  sources: { title: string; publisher: string; url: string; read: string }[];
  practices: Practice[];
  events: Event[];
  /** schema.org `Dataset`, serialised for a <script type="application/ld+json">. */
  jsonLd: string;
}

/** What both vocabularies say of a dataset, in `locale`. */
function describe(catalog: Catalog, item: DatasetItem, locale: Locale): DatasetDescription {
  const { t } = useTranslations(locale);
  const { id, data } = item;
  const origin = siteUrl();
  const url = new URL(localizedPath(locale, datasetPath(id)), origin).href;
  const organisations = pick(catalog.organisations, data.organisations);
  const title = inLocale(data.title, locale);
  return {
    data,
    title,
    summary: inLocale(data.summary, locale),
    language: intlLocale(translated(data, locale) ? locale : 'en'),
    url,
    csvUrl: new URL(datasetDownloadPath(id, 'csv'), origin).href,
    jsonUrl: new URL(datasetDownloadPath(id, 'json'), origin).href,
    organisations: organisations.map((org) => ({
      name: inLocale(org.data.name, locale),
      url: org.data.website,
    })),
    places: data.countries.map((code) => countryName(code, locale)),
    measure: inLocale(data.measure.label, locale),
    method: inLocale(data.method, locale),
    rule: ruleText(data, locale),
    citation: citation({
      authors: organisations.map((org) => inLocale(org.data.name, locale)),
      year: data.updated.slice(0, 4),
      title,
      publisher: t('site.name'),
      url,
    }),
  };
}

export function datasetPage(catalog: Catalog, item: DatasetItem, locale: Locale): DatasetPage {
  const { t } = useTranslations(locale);
  const { id, data } = item;
  const description = describe(catalog, item, locale);
  const inOwnWords = translated(data, locale);
  return {
    frame: {
      title: description.title,
      description: description.summary,
      path: datasetPath(id),
      breadcrumbs: [{ label: t('datasets.title'), path: datasetRoutes.list }],
      search: inOwnWords ? datasetSearch(data, searchLabels(locale, t, catalog)) : undefined,
    },
    title: description.title,
    summary: description.summary,
    lang: inOwnWords ? undefined : 'en',
    facts: [
      { label: t('field.organisations'), values: organisationLinks(catalog, data.organisations, locale) },
      { label: t('field.countries'), values: countryLinks(data.countries, locale) },
      { label: t('field.groups'), values: termLinks(catalog, 'groups', data.groups, locale) },
      {
        label: t('field.period'),
        searchable: false,
        values: [
          `${formatYearOrMonth(data.period.start, locale)}–${formatYearOrMonth(data.period.end, locale)}`,
        ],
      },
      {
        label: t('dataset.measure'),
        values: [`${description.measure} (${inLocale(data.measure.unit, locale)})`],
      },
      {
        label: t('field.licence'),
        searchable: false,
        values: [{ label: t(`licence.${data.licence}`), href: licenceUrls[data.licence] }],
      },
      { label: t('field.updated'), searchable: false, values: [formatDate(data.updated, locale)] },
    ],
    rule: description.rule,
    charts: datasetChartViews(catalog, item, locale),
    method: description.method,
    caveats: data.caveats ? inLocale(data.caveats, locale) : undefined,
    downloads: [
      { label: t('dataset.csv'), href: datasetDownloadPath(id, 'csv'), type: 'text/csv' },
      { label: t('dataset.json'), href: datasetDownloadPath(id, 'json'), type: 'application/json' },
    ],
    citation: description.citation,
    sources: data.sources.map((source) => ({
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      read: t('dataset.sourceRead', { date: formatDate(source.read, locale) }),
    })),
    practices: pick(catalog.practices, data.practices),
    events: pick(catalog.events, data.events),
    jsonLd: JSON.stringify(datasetJsonLd(description)).replace(/</g, '\\u003c'),
  };
}

/** A dataset's table as JSON: its metadata in English, its rule, and its rows (suppressed counts as null). */
export function datasetJson(item: DatasetItem): Record<string, unknown> {
  const { data } = item;
  return {
    id: item.id,
    title: data.title,
    measure: { column: data.measure.column, label: data.measure.label, unit: data.measure.unit },
    dimensions: data.dimensions,
    suppression: { ...data.suppression, marker: suppressedMarker },
    licence: data.licence,
    sources: data.sources,
    updated: data.updated,
    rows: item.rows.map((row) => ({
      ...row.values,
      [data.measure.column]: row.count.kind === 'shown' ? row.count.value : null,
      ...(row.count.kind === 'suppressed' ? { suppressed: true } : {}),
    })),
  };
}

/** A dataset's table as CSV, as the check read it: the suppressed marker kept. */
export function datasetCsv(item: DatasetItem): string {
  const { data } = item;
  const columns = [...data.dimensions.map((d) => d.column), data.measure.column];
  const lines = item.rows.map((row) =>
    [
      ...data.dimensions.map((d) => row.values[d.column]!),
      row.count.kind === 'shown' ? String(row.count.value) : suppressedMarker,
    ]
      .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join(','),
  );
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The DCAT-AP style catalogue: every dataset (in English) and the practice notes' open-data files. */
export function datasetCatalog(catalog: Catalog): Record<string, unknown> {
  const { t } = useTranslations('en');
  const origin = siteUrl();
  const absolute = (path: string) => new URL(path, origin).href;
  const newest = [...catalog.practices.values()]
    .map((p) => p.original.data.updated ?? p.original.data.published)
    .sort()
    .at(-1);
  return dcatCatalog({
    title: `${t('site.name')}: ${t('datasets.title')}`,
    description: t('datasets.lead'),
    homepage: absolute(routes.home),
    url: absolute(datasetRoutes.catalog),
    publisher: t('site.name'),
    datasets: sortedDatasets(catalog, 'en').map((item) => ({
      ...describe(catalog, item, 'en'),
      countries: item.data.countries,
    })),
    files: [
      {
        title: t('datasets.practicesFile'),
        description: t('datasets.practicesFileDescription'),
        url: absolute(routes.practices),
        modified: newest ?? '',
        files: [
          { url: absolute(routes.openDataCsv), mediaType: 'text/csv' },
          { url: absolute(routes.openDataJson), mediaType: 'application/json' },
        ],
      },
    ],
  });
}
