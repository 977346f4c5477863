/**
 * The route table: every address of the site is made here, without language prefix, and `localizedPath` puts
 * a language in front (English unprefixed, other languages under /<lang>/). No other file writes a route.
 */
import { defaultLocale, locales, type Locale } from './locales.ts';

/** Collections with a page per entry, at /<collection>/<id>/. */
export type EntryRoute =
  'practices' | 'events' | 'networks' | 'organisations' | 'themes' | 'groups' | 'countries';

/** The site's fixed addresses. */
export const routes = {
  home: '/',
  practices: '/practices/',
  events: '/events/',
  networks: '/networks/',
  organisations: '/organisations/',
  countries: '/countries/',
  themes: '/themes/',
  groups: '/groups/',
  search: '/search/',
  about: '/about/',
  /** A language's feed of practice notes and events. */
  feed: '/rss.xml',
  /** Every event as one iCalendar file (language-neutral). */
  calendar: '/events.ics',
  openDataCsv: '/data/practices.csv',
  openDataJson: '/data/practices.json',
  /** The home page's map of every country some entry names. */
  worldMap: '/maps/countries.svg',
  /** The library's records in a language, read by the search indexer and removed by it. */
  libraryRecords: '/practices/records.json',
  /** The editor (Decap CMS), outside Astro's pages. */
  admin: '/admin/',
  /**
   * decap-server's API (/api/v1 on its own port), reached through the dev server so the editor talks to its own
   * origin only; with a trailing slash, as the site's addresses have.
   */
  editorApi: '/admin/api/v1/',
  /**
   * What the editor's check before saving needs from the other files (organisations' domains and public
   * numbers, drafts, uploads), written beside the editor by src/cms/bundle.ts.
   */
  editorContext: '/admin/content-context.json',
  // Offline reading (src/offline/).
  /** The saved-for-offline page, which is also the page a reader gets offline for a page not saved. */
  saved: '/saved/',
  /** The web app manifest of a language: its name, icons and start page. */
  webManifest: '/manifest.webmanifest',
  /** The service worker, at the root so that it controls every page. */
  serviceWorker: '/sw.js',
  /** The folder of the app's icons. */
  appIcons: '/icons/',
  /** A language's practice notes and the library lists they are in, for "Save for offline" on a list. */
  offlineNotes: '/offline/notes.json',
  /** A language's search files and each page's fragment, written after the search index. */
  offlineSearch: '/offline/search.json',
  /** Where the list of saved items is kept in the browser's cache: a key, never served. */
  offlineSavedIndex: '/offline/saved-items.json',
} as const;

// Datasets (issue 21): their list, a page per dataset, its downloads, and the catalogue harvesters read.
/** The list of datasets, and the folder of their pages and downloads. */
export const datasetRoutes = {
  list: '/data/',
  /** Every dataset and open-data file in DCAT-AP style, for data portals (language-neutral). */
  catalog: '/data/catalog.json',
} as const;

/** A dataset's page: "/data/<id>/". */
export function datasetPath(id: string): string {
  return `${datasetRoutes.list}${addressId(id)}/`;
}

/** A dataset's table as a file beside its page: "/data/<id>/<id>.csv" or ".json". */
export function datasetDownloadPath(id: string, format: 'csv' | 'json'): string {
  return `${datasetPath(id)}${addressId(id)}.${format}`;
}

/** A site page of the pages collection (about, privacy…): "/about/". */
export function sitePagePath(slug: string): string {
  return `/${slug}/`;
}

/** The list of every event of one year: "/events/year/2016/". */
export function eventYearPath(year: string): string {
  return `/events/year/${year}/`;
}

/** One event as an iCalendar file: "/events/<slug>.ics". */
export function eventCalendarPath(slug: string): string {
  return `/events/${slug}.ics`;
}

/** A stage's or group's feed: "/themes/referral/rss.xml". */
export function termFeedPath(taxonomy: 'themes' | 'groups', id: string): string {
  return `${entryPath(taxonomy, id)}rss.xml`;
}

/** The name of a set of countries' map, the same in whatever order they come: "gb-hr". */
export function countryMapId(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join('-').toLowerCase();
}

/** The map of a set of countries, one image per set: "/maps/gb-hr.svg". */
export function countryMapPath(codes: readonly string[]): string {
  return `/maps/${countryMapId(codes)}.svg`;
}

/** A library list: all practices, one facet value or a pair (`[name, value]`), and its page; page 1 has no number. */
export function libraryPath(facets: readonly { name: string; value: string }[] = [], page = 1): string {
  const base = `${routes.practices}${facets.map(({ name, value }) => `${name}/${encodeURIComponent(value.toLowerCase())}/`).join('')}`;
  return page > 1 ? `${base}${facets.length > 0 ? '' : 'page/'}${page}/` : base;
}

/** The editor's configuration in one interface language: /admin/config.yml in English, /admin/config.fr.yml… */
export function editorConfigPath(locale: Locale): string {
  return `${routes.admin}config${locale === defaultLocale ? '' : `.${locale}`}.yml`;
}

/** The editor's page for one entry, as its "Edit this entry" links open it. */
export function editPath(collection: string, slug: string): string {
  return `${routes.admin}#/collections/${collection}/entries/${slug}`;
}

/** The URL of `path` (like "/practices/") in `locale`. */
export function localizedPath(locale: Locale, path = '/'): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The locale a URL path belongs to, and the path without its language prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  const match = locales.find((code) => code !== defaultLocale && code === first);
  return match ? { locale: match, path: `/${rest.join('/')}` } : { locale: defaultLocale, path: pathname };
}

/** Route parameters for a page that exists in every language (`[...lang]` is empty for the default). */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** An entry's id as its address writes it: lower case, as the library's are (a country's code HR is "hr"). */
export function addressId(id: string): string {
  return id.toLowerCase();
}

/** The path of a detail page, without language prefix: "/practices/<slug>/". */
export function entryPath(collection: EntryRoute, id: string): string {
  return `/${collection}/${addressId(id)}/`;
}

/** Route parameters for one entry page per language it is written in: readers of others go to its original. */
export function versionParamsFor<Item extends { slug: string; versions: ReadonlyMap<Locale, unknown> }>(
  items: Iterable<Item>,
) {
  return [...items].flatMap((item) =>
    localeParams()
      .filter(({ props }) => item.versions.has(props.locale))
      .map(({ params, props }) => ({ params: { ...params, id: item.slug }, props: { ...props, item } })),
  );
}

/** Route parameters for one detail page per item and language: `[...lang]` plus the item's `[id]`. */
export function localeParamsFor<Item>(items: Iterable<Item>, idOf: (item: Item) => string) {
  return [...items].flatMap((item) =>
    localeParams().map(({ params, props }) => ({
      params: { ...params, id: idOf(item) },
      props: { ...props, item },
    })),
  );
}
