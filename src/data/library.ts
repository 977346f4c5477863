/** The practice library's lists and facet options, computed once per build from the catalog. */
import type { Translate } from '../i18n/index.ts';
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { countryName } from '../lib/countries.ts';
import { facetNames, paginate, type FacetName } from '../lib/facets.ts';
import { localizedPath } from '../lib/paths.ts';
import { sortByDateDesc, sortByLabel } from '../lib/sort.ts';
import { inLocale } from '../lib/translations.ts';
import { getCatalog, type Catalog, type Practice } from './catalog.ts';

/** Practice notes shown on one page of the library. */
export const pageSize = 24;

/** The path of a library list: all practices, or those under one facet value; page 1 has no number. */
export function libraryPath(facet?: { name: FacetName; value: string }, page = 1): string {
  const base = facet
    ? `/practices/${facet.name}/${encodeURIComponent(facet.value.toLowerCase())}/`
    : '/practices/';
  return page > 1 ? `${base}${facet ? '' : 'page/'}${page}/` : base;
}

/** A facet value's name in the reader's language. */
export function facetLabel(
  catalog: Catalog,
  name: FacetName,
  value: string,
  locale: Locale,
  t: Translate,
): string {
  switch (name) {
    case 'type':
      return t(`practiceType.${value as 'guidance'}`);
    case 'theme':
    case 'group': {
      const term = catalog[name === 'theme' ? 'themes' : 'groups'].get(value);
      return term ? inLocale(term.data.label, locale) : value;
    }
    case 'organisation': {
      const organisation = catalog.organisations.get(value);
      return organisation ? inLocale(organisation.data.name, locale) : value;
    }
    case 'country':
      return countryName(value, locale);
    case 'language':
      return localeInfo[value as Locale]?.endonym ?? value;
    case 'year':
      return value;
  }
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** The static page of practices with this value, in the reader's language. */
  href: string;
}

const optionsByLocale = new Map<Locale, Record<FacetName, FacetOption[]>>();

/** The facet options in a language, built once per build and language: every library page shows the same. */
export function facetOptions(
  catalog: Catalog,
  locale: Locale,
  t: Translate,
): Record<FacetName, FacetOption[]> {
  let options = optionsByLocale.get(locale);
  if (!options) {
    options = buildFacetOptions(catalog, locale, t);
    optionsByLocale.set(locale, options);
  }
  return options;
}

/** Every facet with its options and counts over the whole library, in a sensible order for readers. */
function buildFacetOptions(catalog: Catalog, locale: Locale, t: Translate): Record<FacetName, FacetOption[]> {
  return Object.fromEntries(
    facetNames.map((name) => {
      const options = [...catalog.practicesByFacet[name]].map(([value, list]) => ({
        value,
        label: facetLabel(catalog, name, value, locale, t),
        count: list.length,
        href: localizedPath(locale, libraryPath({ name, value })),
      }));
      const ordered =
        name === 'year'
          ? options.sort((a, b) => b.value.localeCompare(a.value))
          : sortByLabel(options, (option) => option.label, locale);
      return [name, ordered];
    }),
  ) as Record<FacetName, FacetOption[]>;
}

export interface LibraryList {
  facet?: { name: FacetName; value: string };
  practices: Practice[];
}

/** All lists the library has static pages for: everything, and each facet value; newest first. */
export function libraryLists(): Promise<LibraryList[]> {
  lists ??= buildLibraryLists();
  return lists;
}

let lists: Promise<LibraryList[]> | undefined;

async function buildLibraryLists(): Promise<LibraryList[]> {
  const catalog = await getCatalog();
  const newest = (list: Iterable<Practice>) => sortByDateDesc(list, (p) => p.original.data.published);
  return [
    { practices: newest(catalog.practices.values()) },
    ...facetNames.flatMap((name) =>
      [...catalog.practicesByFacet[name]].map(([value, list]) => ({
        facet: { name, value },
        practices: newest(list),
      })),
    ),
  ];
}

/** The pages of a list, from 1. */
export function pagesOf(list: LibraryList) {
  const { pages } = paginate(list.practices, 1, pageSize);
  return Array.from({ length: pages }, (_, index) => ({
    ...paginate(list.practices, index + 1, pageSize),
    list,
  }));
}
