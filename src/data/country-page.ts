/** A country's or region's page: its newest practice notes, its organisations, networks and events. */
import type { Locale } from '../core/locales.ts';
import { entryPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName, isRegion } from '../lib/countries.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import type { Catalog, Event, Network, OrganisationEntry } from './catalog.ts';
import { facetPractices, type NewestPractices } from './facet-practices.ts';
import type { PageFrame } from './page-frame.ts';

export interface CountryPage {
  frame: PageFrame;
  /** "Country" or "Region", above its name. */
  kind: string;
  name: string;
  /** The country to highlight on its map. */
  code: string;
  practices: NewestPractices;
  organisations: OrganisationEntry[];
  networks: Network[];
  /** Events held there, newest first. */
  events: Event[];
}

export async function countryPage(catalog: Catalog, code: string, locale: Locale): Promise<CountryPage> {
  const { t } = useTranslations(locale);
  const name = countryName(code, locale);
  return {
    frame: {
      title: name,
      path: entryPath('countries', code),
      breadcrumbs: [{ label: t('countries.title'), path: routes.countries }],
    },
    kind: t(isRegion(code) ? 'field.region' : 'field.country'),
    name,
    code,
    practices: await facetPractices({ name: 'country', value: code }, locale),
    organisations: catalog.organisationsByCountry.get(code) ?? [],
    networks: catalog.networksByCountry.get(code) ?? [],
    events: sortByDateDesc(catalog.eventsByCountry.get(code) ?? [], (e) => e.original.data.start),
  };
}
