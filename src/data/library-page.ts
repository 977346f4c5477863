/** A page of the practice library as readers see it: its title, facet options with counts, notes and page links. */
import type { Locale } from '../core/locales.ts';
import { libraryPath, localeParams, localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { facetNames, shownOptions, type FacetName } from '../library/facets.ts';
import { librarySorts, type LibrarySort } from '../library/library-state.ts';
import { libraryStrings, type LibraryStrings } from '../library/library-strings.ts';
import { getCatalog, type Catalog, type Practice } from './catalog.ts';
import type { Link } from './facts.ts';
import {
  facetLabel,
  facetOptions,
  libraryLists,
  libraryPaths,
  optionTarget,
  pagesOf,
  type LibraryList,
} from './library-pages.ts';
import { withCacheKeys } from './page-keys.ts';
import type { PageFrame } from './page-frame.ts';

/** Facets whose options grow with the library list the most used ones and link to their full directory. */
const directories: Partial<Record<FacetName, string>> = {
  organisation: routes.organisations,
  country: routes.countries,
};
const facetLimit = 12;

/** One option of a facet: a link to the list it opens, unless that list is empty. */
export interface LibraryOption {
  value: string;
  label: string;
  href: string | undefined;
  /** How many notes the list it opens has. */
  size: number;
  /** Whether this page is that list. */
  current: boolean;
}

export interface LibraryPage {
  frame: PageFrame;
  title: string;
  lead: string | undefined;
  /** What <practice-library> starts from: its base address, the chosen values and its words. */
  base: string;
  filters: Partial<Record<FacetName, string[]>>;
  strings: LibraryStrings;
  /** The facets that have options, each with those it lists and a link to all of them when it lists fewer. */
  facets: { name: FacetName; heading: string; options: LibraryOption[]; all: Link | undefined }[];
  /** Back to every note, from a list narrowed by facets. */
  reset: string | undefined;
  count: string;
  sorts: { value: LibrarySort; label: string }[];
  practices: Practice[];
  page: number;
  pages: number;
  /** The address of page `number` of this list. */
  pageHref: (number: number) => string;
}

export async function libraryPage(
  catalog: Catalog,
  { list, items, page, pages }: { list: LibraryList; items: Practice[]; page: number; pages: number },
  locale: Locale,
): Promise<LibraryPage> {
  const { t, tn } = useTranslations(locale);
  const options = facetOptions(catalog, locale, t);
  const lists = await libraryLists();
  const { facets } = list;
  const option = (name: FacetName, value: string, label: string): LibraryOption => {
    const there = optionTarget(facets, { name, value });
    const size = lists.get(libraryPath(there))?.practices.length ?? 0;
    return {
      value,
      label,
      href: size > 0 ? localizedPath(locale, libraryPath(there)) : undefined,
      size,
      current: facets.some((facet) => facet.name === name && facet.value === value),
    };
  };
  const current = facets.map(({ name, value }) => facetLabel(catalog, name, value, locale, t));
  const title = current.length > 0 ? `${t('practices.title')}: ${current.join(', ')}` : t('practices.title');
  const sortLabels = {
    newest: t('library.sortNewest'),
    title: t('library.sortTitle'),
    reviewed: t('library.sortReviewed'),
  } as const;
  return {
    frame: {
      title: page > 1 ? `${title} (${t('pagination.page', { page, pages })})` : title,
      description: t('practices.lead'),
      path: libraryPath(facets, page),
      breadcrumbs:
        facets.length > 0 || page > 1 ? [{ label: t('practices.title'), path: routes.practices }] : undefined,
    },
    title,
    lead: facets.length > 0 ? undefined : t('practices.lead'),
    base: localizedPath(locale, routes.practices),
    filters: Object.fromEntries(facets.map(({ name, value }) => [name, [value]])),
    strings: libraryStrings(locale),
    facets: facetNames
      .filter((name) => options[name].length > 0)
      .map((name) => {
        const directory = directories[name];
        const shown = directory
          ? shownOptions(options[name], facetLimit, facets.find((facet) => facet.name === name)?.value)
          : options[name];
        return {
          name,
          heading: t(`facet.${name}`),
          options: shown.map(({ value, label }) => option(name, value, label)),
          all:
            directory && shown.length < options[name].length
              ? {
                  href: localizedPath(locale, directory),
                  label: t('library.allOptions', { count: options[name].length }),
                }
              : undefined,
        };
      }),
    reset: facets.length > 0 ? localizedPath(locale, routes.practices) : undefined,
    count: tn('practices.count', list.practices.length),
    sorts: librarySorts.map((value) => ({ value, label: sortLabels[value] })),
    practices: items,
    page,
    pages,
    pageHref: (number) => localizedPath(locale, libraryPath(facets, number)),
  };
}

/** The static paths of library pages (`libraryPaths`), each keyed by what its page shows. */
export async function keyedLibraryPaths(...args: Parameters<typeof libraryPaths>) {
  const catalog = await getCatalog();
  return withCacheKeys(libraryPaths(...args), ({ locale, ...page }) => libraryPage(catalog, page, locale));
}

/** The first page of every note, the library's own address, in a language. */
export async function firstLibraryPage() {
  return pagesOf((await libraryLists()).get(libraryPath())!)[0]!;
}

/** The static paths of the library's first page in every language, keyed by what it shows. */
export async function keyedLibraryIndexPaths() {
  const catalog = await getCatalog();
  const first = await firstLibraryPage();
  return withCacheKeys(localeParams(), ({ locale }) => libraryPage(catalog, first, locale));
}
