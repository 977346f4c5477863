/** An organisation's page: its facts, its newest practice notes, the events it organised, its networks. */
import type { Locale } from '../core/locales.ts';
import { entryPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import { inLocale } from '../lib/translations.ts';
import { organisationSearch, searchLabels } from '../search/search-meta.ts';
import type { Catalog, Event, Network, OrganisationEntry } from './catalog.ts';
import { facetPractices, type NewestPractices } from './facet-practices.ts';
import type { Fact } from './facts.ts';
import type { PageFrame } from './page-frame.ts';

export interface OrganisationPage {
  frame: PageFrame;
  /** The kind of organisation, above its name. */
  kind: string;
  name: string;
  shortName: string | undefined;
  practices: NewestPractices;
  /** The events it organised, newest first. */
  events: Event[];
  /** The networks it is a member, the coordinator or a funder of. */
  networks: Network[];
  facts: Fact[];
}

export async function organisationPage(
  catalog: Catalog,
  organisation: OrganisationEntry,
  locale: Locale,
): Promise<OrganisationPage> {
  const { t } = useTranslations(locale);
  const { id, data } = organisation;
  const name = inLocale(data.name, locale);
  return {
    frame: {
      title: name,
      path: entryPath('organisations', id),
      breadcrumbs: [{ label: t('organisations.title'), path: routes.organisations }],
      search: organisationSearch(id, data, searchLabels(locale, t, catalog)),
    },
    kind: t(`organisationKind.${data.kind}`),
    name,
    shortName: data.shortName,
    practices: await facetPractices({ name: 'organisation', value: id }, locale),
    events: sortByDateDesc(catalog.eventsByOrganisation.get(id) ?? [], (e) => e.original.data.start),
    networks: catalog.networksByOrganisation.get(id) ?? [],
    facts: [
      { label: t('field.kind'), values: [t(`organisationKind.${data.kind}`)] },
      { label: t('field.country'), values: data.country ? [countryName(data.country, locale)] : [] },
      {
        label: t('field.website'),
        values: data.website ? [{ label: data.website, href: data.website }] : [],
      },
      { label: t('field.phones'), values: data.phones ?? [] },
    ],
  };
}
