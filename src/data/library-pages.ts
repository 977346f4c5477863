/** The practice library's lists and facet options, computed once per build from the catalog. */
import type { Translate } from '../i18n/index.ts';
import { localeInfo, type Locale } from '../core/locales.ts';
import { countryName } from '../lib/countries.ts';
import { facetNames, paginate, type FacetName } from '../library/facets.ts';
import { localeParams, localizedPath, libraryPath } from '../core/routes.ts';
import { indexBy } from '../lib/reverse-links.ts';
import { sortByDateDesc, sortByLabel } from '../lib/sort.ts';
import { inLocale } from '../lib/translations.ts';
import { libraryPageSize, type LibrarySort } from '../library/library-state.ts';
import { getCatalog, type Catalog, type Practice } from './catalog.ts';
import { practiceCard } from './practice-card.ts';

/** One chosen facet value of a static library list. */
export interface LibraryFacet {
  name: FacetName;
  value: string;
}

/**
 * Facets whose values combine on static pages: a stage of response with a vulnerable group, the two ways
 * caseworkers look for practice, as in /practices/theme/referral/group/domestic-workers/. Both are short
 * taxonomies, so their pairs stay few however many notes there are.
 */
export const pairedFacets = ['theme', 'group'] as const satisfies readonly FacetName[];

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
        href: localizedPath(locale, libraryPath([{ name, value }])),
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
  facets: LibraryFacet[];
  practices: Practice[];
}

/**
 * Every list the library has static pages for, by path: everything, each facet value, and each stage with
 * each group that share a note; newest first.
 */
export function libraryLists(): Promise<Map<string, LibraryList>> {
  lists ??= buildLibraryLists();
  return lists;
}

let lists: Promise<Map<string, LibraryList>> | undefined;

async function buildLibraryLists(): Promise<Map<string, LibraryList>> {
  const catalog = await getCatalog();
  const newest = (list: Iterable<Practice>) => sortByDateDesc(list, (p) => p.original.data.published);
  const [first, second] = pairedFacets;
  const all: LibraryList[] = [
    { facets: [], practices: newest(catalog.practices.values()) },
    ...facetNames.flatMap((name) =>
      [...catalog.practicesByFacet[name]].map(([value, list]) => ({
        facets: [{ name, value }],
        practices: newest(list),
      })),
    ),
    ...[...catalog.practicesByFacet[first]].flatMap(([firstValue, list]) =>
      [...indexBy(list, (p) => catalog.facets.get(p.slug)![second])].map(([secondValue, both]) => ({
        facets: [
          { name: first, value: firstValue },
          { name: second, value: secondValue },
        ],
        practices: newest(both),
      })),
    ),
  ];
  return new Map(all.map((list) => [libraryPath(list.facets), list]));
}

/**
 * Where a facet option leads from a list: the list's own pair of stage and group when the option completes or
 * changes one, otherwise the option's own list. An option always shows the size of the list it opens.
 */
export function optionTarget(from: readonly LibraryFacet[], option: LibraryFacet): LibraryFacet[] {
  const paired = (facet: LibraryFacet) => (pairedFacets as readonly FacetName[]).includes(facet.name);
  const kept = from.filter((facet) => facet.name !== option.name);
  if (!paired(option) || kept.length !== 1 || !paired(kept[0]!)) return [option];
  return [...kept, option].sort((a, b) => facetNames.indexOf(a.name) - facetNames.indexOf(b.name));
}

/** The pages of a list, from 1. */
export function pagesOf(list: LibraryList) {
  const { pages } = paginate(list.practices, 1, libraryPageSize);
  return Array.from({ length: pages }, (_, index) => ({
    ...paginate(list.practices, index + 1, libraryPageSize),
    list,
  }));
}

/** One practice note in the library's filter index: what a filtered list shows and sorts and filters by. */
export interface LibraryRecord {
  url: string;
  /** Title and summary: the index needs some text, though the library searches by filters alone. */
  content: string;
  meta: Record<string, string>;
  /** Facet values as ids, the same in every language, as the URL query has them. */
  filters: Record<FacetName, string[]>;
  sort: Record<LibrarySort, string>;
}

/** Every published practice note as the library in `locale` shows it, for the filter index. */
export async function libraryRecords(locale: Locale, t: Translate): Promise<LibraryRecord[]> {
  const catalog = await getCatalog();
  return [...catalog.practices.values()].map((practice) => {
    const card = practiceCard(catalog, practice, locale, t);
    const { published, updated } = practice.original.data;
    return {
      url: card.href,
      content: `${card.title}\n${card.summary}`,
      meta: {
        title: card.title,
        summary: card.summary,
        kind: card.kind,
        details: card.details.join(' · '),
        ...(card.lang ? { lang: card.lang } : {}),
      },
      filters: Object.fromEntries(
        facetNames.map((name) => [name, [...catalog.facets.get(practice.slug)![name]]]),
      ) as Record<FacetName, string[]>,
      sort: {
        newest: published,
        title: card.title.toLocaleLowerCase(locale),
        reviewed: updated ?? published,
      },
    };
  });
}

/**
 * Static paths for every page of the lists that `select` picks, in every language: the route's own params
 * come from `params`, the page props are the page's notes.
 */
export async function libraryPaths(
  select: (list: LibraryList) => boolean,
  params: (list: LibraryList) => Record<string, string>,
) {
  const chosen = [...(await libraryLists()).values()].filter(select);
  return chosen.flatMap((list) =>
    pagesOf(list).flatMap((page) =>
      localeParams().map((language) => ({
        params: {
          ...language.params,
          ...params(list),
          page: page.page > 1 ? String(page.page) : undefined,
        },
        props: { ...language.props, ...page },
      })),
    ),
  );
}
