/** The facts panel of a page (FactList): labelled values, some of them links to the pages of what they name. */
import type { Locale } from '../core/locales.ts';
import { entryPath, localizedPath } from '../core/routes.ts';
import { countryName } from '../lib/countries.ts';
import { sortByLabel } from '../lib/sort.ts';
import { inLocale } from '../lib/translations.ts';
import { pick, type Catalog } from './catalog.ts';

export interface Link {
  label: string;
  href: string;
}

/** One fact; a fact without values is left out of the panel. */
export interface Fact {
  label: string;
  values: (string | Link)[];
  /** False for facts search would only get noise from (dates, status): see FactList. */
  searchable?: boolean;
}

/** Published organisations, each named in the reader's language and linked to its page. */
export function organisationLinks(catalog: Catalog, ids: readonly string[], locale: Locale): Link[] {
  return pick(catalog.organisations, ids).map((org) => ({
    label: inLocale(org.data.name, locale),
    href: localizedPath(locale, entryPath('organisations', org.id)),
  }));
}

/** Stages or groups, each labelled in the reader's language and linked to its page. */
export function termLinks(
  catalog: Catalog,
  taxonomy: 'themes' | 'groups',
  ids: readonly string[],
  locale: Locale,
): Link[] {
  return pick(catalog[taxonomy], ids).map((term) => ({
    label: inLocale(term.data.label, locale),
    href: localizedPath(locale, entryPath(taxonomy, term.id)),
  }));
}

/** Countries and regions, each named in the reader's language and linked to its page. */
export function countryLinks(codes: readonly string[], locale: Locale): Link[] {
  return codes.map((code) => ({
    label: countryName(code, locale),
    href: localizedPath(locale, entryPath('countries', code)),
  }));
}

/** Published organisations as a list filter's options: ids as values, names in the reader's language, sorted. */
export function organisationOptions(
  catalog: Catalog,
  ids: readonly string[],
  locale: Locale,
): { value: string; label: string }[] {
  return sortByLabel(
    pick(catalog.organisations, [...new Set(ids)]).map((org) => ({
      value: org.id,
      label: inLocale(org.data.name, locale),
    })),
    (option) => option.label,
    locale,
  );
}
