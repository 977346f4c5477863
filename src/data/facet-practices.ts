/** The newest practice notes of a page about something, and a link to all of them when there are more. */
import type { Locale } from '../core/locales.ts';
import { libraryPath, localizedPath } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Practice } from './catalog.ts';
import type { Link } from './facts.ts';
import { libraryLists, type LibraryFacet } from './library-pages.ts';

/** Notes a page shows; the rest are a click away, so the page stays the same size however many there are. */
const shownPractices = 6;

export interface NewestPractices {
  shown: Practice[];
  count: number;
  /** To the whole list, when it has more than are shown. */
  all: Link | undefined;
}

/** The first of `practices` (newest first), and a link to `href` naming how many there are in all. */
export function newestPractices(
  practices: readonly Practice[],
  href: string,
  locale: Locale,
): NewestPractices {
  const { t, tn } = useTranslations(locale);
  return {
    shown: practices.slice(0, shownPractices),
    count: practices.length,
    all:
      practices.length > shownPractices
        ? { href, label: t('library.seeAll', { notes: tn('practices.count', practices.length) }) }
        : undefined,
  };
}

/** The newest notes under one facet value (a stage, a group, a country, an organisation), and its library list. */
export async function facetPractices(facet: LibraryFacet, locale: Locale): Promise<NewestPractices> {
  const practices = (await libraryLists()).get(libraryPath([facet]))?.practices ?? [];
  return newestPractices(practices, localizedPath(locale, libraryPath([facet])), locale);
}
