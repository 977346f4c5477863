/** The home page: browsing by group and stage, the figures at a glance, the latest notes and events, networks. */
import type { Locale } from '../core/locales.ts';
import { localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { worldMap } from '../lib/country-map.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import type { Catalog, Event, Network, Practice } from './catalog.ts';
import type { Link } from './facts.ts';
import { termCounts, type TermCount } from './taxonomy-page.ts';

export interface HomePage {
  groups: TermCount[];
  themes: TermCount[];
  /** The map of every country some entry names: its own size, so the page keeps its place before it loads. */
  map: { src: string; width: number; height: number; alt: string; href: string };
  latest: Practice[];
  events: Event[];
  /** The largest networks: all of them are a page of their own, so the home page does not grow with them. */
  networks: Network[];
  /** After each of those three, the page of all of them. */
  all: Record<'practices' | 'events' | 'networks', Link>;
}

export function homePage(catalog: Catalog, locale: Locale): HomePage {
  const { t } = useTranslations(locale);
  const world = worldMap(catalog.countries);
  const mapped = catalog.countries
    .filter((code) => /^[A-Z]{2}$/.test(code))
    .map((code) => countryName(code, locale));
  return {
    groups: termCounts(catalog, 'groups', locale),
    themes: termCounts(catalog, 'themes', locale),
    map: {
      src: routes.worldMap,
      width: world.width,
      height: world.height,
      alt: t('home.mapAlt', { countries: mapped.join(', ') }),
      href: localizedPath(locale, routes.countries),
    },
    latest: sortByDateDesc(catalog.practices.values(), (p) => p.original.data.published).slice(0, 6),
    events: sortByDateDesc(catalog.events.values(), (e) => e.original.data.start).slice(0, 3),
    networks: [...catalog.networks.values()]
      .sort((a, b) => b.original.data.members.length - a.original.data.members.length)
      .slice(0, 3),
    all: {
      practices: { href: localizedPath(locale, routes.practices), label: t('home.allPractices') },
      events: { href: localizedPath(locale, routes.events), label: t('home.allEvents') },
      networks: { href: localizedPath(locale, routes.networks), label: t('home.allNetworks') },
    },
  };
}
