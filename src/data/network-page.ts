/** A network's page: its facts and members' map, its members, its meetings and its members' newest notes. */
import type { Locale } from '../core/locales.ts';
import { localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { formatYearOrMonth } from '../lib/dates.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import { emptyLibrary, writeLibraryState } from '../library/library-state.ts';
import { networkSearch } from '../search/search-meta.ts';
import {
  memberCountries,
  pick,
  type Catalog,
  type Event,
  type Network,
  type NetworkEntry,
  type OrganisationEntry,
} from './catalog.ts';
import { entryPage, type EntryPage } from './entry-page.ts';
import { countryLinks, organisationLinks, termLinks, type Fact } from './facts.ts';
import { newestPractices, type NewestPractices } from './facet-practices.ts';

export interface NetworkPage extends EntryPage<NetworkEntry> {
  /** The kind of network, above its name. */
  kind: string;
  members: OrganisationEntry[];
  /** Its meetings, newest first. */
  events: Event[];
  /** The members' newest notes, and how many they have in all. */
  practices: NewestPractices;
  facts: Fact[];
  /** The countries its members are in, and what the map says for people who cannot see it. */
  map: { countries: string[]; label: string } | undefined;
}

export function networkPage(catalog: Catalog, network: Network, locale: Locale): NetworkPage {
  const { t } = useTranslations(locale);
  const page = entryPage(catalog, 'networks', network, locale, {
    title: (data) => data.name,
    search: networkSearch,
  });
  const { data } = page.entry;
  const yearOrMonth = (value: string | undefined) => (value ? [formatYearOrMonth(value, locale)] : []);
  const facts: Fact[] = [
    { label: t('field.kind'), values: [t(`networkKind.${data.kind}`)] },
    {
      label: t('field.coordinator'),
      values: data.coordinator ? organisationLinks(catalog, [data.coordinator], locale) : [],
    },
    { label: t('field.funders'), values: organisationLinks(catalog, data.funders, locale) },
    { label: t('field.themes'), values: termLinks(catalog, 'themes', data.themes, locale) },
    { label: t('field.countries'), values: countryLinks(data.countries, locale) },
    { label: t('field.founded'), values: yearOrMonth(data.founded), searchable: false },
    { label: t('field.closed'), values: yearOrMonth(data.closed), searchable: false },
    { label: t('field.website'), values: data.website ? [{ label: data.website, href: data.website }] : [] },
  ];
  const practices = sortByDateDesc(
    new Set(data.members.flatMap((id) => catalog.practicesByOrganisation.get(id) ?? [])),
    (practice) => practice.original.data.published,
  );
  const mapped = memberCountries(catalog, network);
  return {
    ...page,
    kind: t(`networkKind.${data.kind}`),
    members: pick(catalog.organisations, data.members),
    events: sortByDateDesc(catalog.eventsByNetwork.get(network.slug) ?? [], (e) => e.original.data.start),
    practices: newestPractices(
      practices,
      `${localizedPath(locale, routes.practices)}${writeLibraryState({ ...emptyLibrary, filters: { organisation: data.members } })}`,
      locale,
    ),
    facts,
    map:
      mapped.length > 0
        ? {
            countries: mapped,
            label: `${t('network.map')}: ${mapped.map((code) => countryName(code, locale)).join(', ')}`,
          }
        : undefined,
  };
}
