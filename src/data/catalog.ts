/**
 * The whole content, loaded once per build: published entries grouped by translation, references checked,
 * and every reverse link computed here so that no page scans a collection and nobody types a link twice.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { datasetTables, type DatasetItem } from './dataset-tables.ts';
import { collections as model } from '../schemas/index.ts';
import type { ReferenceTarget } from '../schemas/common.ts';
import { findBrokenReferences } from '../validation/references.ts';
import { facetNames, practiceFacets, type FacetName, type FacetValues } from '../library/facets.ts';
import { rankRelated } from '../library/related.ts';
import { memoize } from '../core/memo.ts';
import { indexBy } from '../lib/reverse-links.ts';
import { groupTranslations, splitEntryId, type Translated } from '../lib/translations.ts';

export type PracticeEntry = CollectionEntry<'practices'>;
export type EventEntry = CollectionEntry<'events'>;
export type NetworkEntry = CollectionEntry<'networks'>;
export type PageEntry = CollectionEntry<'pages'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type TermEntry = CollectionEntry<'themes'> | CollectionEntry<'groups'>;

export type Practice = Translated<PracticeEntry>;
export type Event = Translated<EventEntry>;
export type Network = Translated<NetworkEntry>;
export type Page = Translated<PageEntry>;

async function loadAll() {
  return {
    practices: await getCollection('practices'),
    events: await getCollection('events'),
    networks: await getCollection('networks'),
    pages: await getCollection('pages'),
    organisations: await getCollection('organisations'),
    themes: await getCollection('themes'),
    groups: await getCollection('groups'),
    searchTerms: await getCollection('searchTerms'),
    datasets: await getCollection('datasets'),
  };
}

type Loaded = Awaited<ReturnType<typeof loadAll>>;

/** Ids that references may point at: the slug of translatable entries, the file name of data entries. */
function referableIds(all: Loaded): Record<ReferenceTarget, Set<string>> {
  const slugs = (entries: { id: string }[]) => new Set(entries.map((entry) => splitEntryId(entry.id).slug));
  const ids = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id));
  return {
    practices: slugs(all.practices),
    events: slugs(all.events),
    networks: slugs(all.networks),
    organisations: ids(all.organisations),
    themes: ids(all.themes),
    groups: ids(all.groups),
  };
}

/** Refuses to build when any entry points at an id that does not exist, naming every such place at once. */
function assertReferences(all: Loaded): void {
  const existing = referableIds(all);
  const problems = Object.entries(all).flatMap(([name, entries]) =>
    (entries as { data: unknown; filePath?: string; id: string }[]).flatMap((entry) =>
      findBrokenReferences(model[name as keyof Loaded].schema, entry.data, existing).map(
        (broken) => `${entry.filePath ?? entry.id}  ${broken.path.join('.')}  ${broken.message}`,
      ),
    ),
  );
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} broken reference(s):\n${problems.join('\n')}`);
  }
}

/** Practices suggested to read next, beyond those the editors listed. */
const relatedLimit = 3;

const published = <Entry extends { data: { draft: boolean } }>(entries: Entry[]) =>
  entries.filter((e) => !e.data.draft);

async function build() {
  const all = await loadAll();
  assertReferences(all);

  const practices = groupTranslations(published(all.practices));
  const events = groupTranslations(published(all.events));
  const networks = groupTranslations(published(all.networks));
  const pages = groupTranslations(published(all.pages));
  const organisations = new Map(all.organisations.map((entry) => [entry.id, entry]));
  const themes = new Map<string, TermEntry>(all.themes.map((entry) => [entry.id, entry]));
  const groups = new Map<string, TermEntry>(all.groups.map((entry) => [entry.id, entry]));
  const datasets: ReadonlyMap<string, DatasetItem> = await datasetTables(published(all.datasets), {
    groups: new Set(groups.keys()),
    themes: new Set(themes.keys()),
  });

  const practiceList = [...practices.values()];
  const facets = new Map<string, FacetValues>(
    practiceList.map((p) => [p.slug, practiceFacets(p.original.data, [...p.versions.keys()])]),
  );
  const practicesByFacet = Object.fromEntries(
    facetNames.map((name) => [name, indexBy(practiceList, (p) => facets.get(p.slug)?.[name] ?? [])]),
  ) as Record<FacetName, Map<string, Practice[]>>;
  const eventList = [...events.values()];
  const networkList = [...networks.values()];

  return {
    practices,
    events,
    networks,
    pages,
    organisations,
    themes,
    groups,
    /** The field's terms that search expands (acronyms and their names per language). */
    searchTerms: all.searchTerms.map((entry) => entry.data),
    datasets,
    facets,
    practicesByFacet,
    practicesByOrganisation: practicesByFacet.organisation,
    practicesByTheme: practicesByFacet.theme,
    practicesByGroup: practicesByFacet.group,
    practicesByCountry: practicesByFacet.country,
    /** Practices to read next: those the editors listed, then the ones sharing most facets; once per note. */
    relatedPractices: memoize((practice: Practice): Practice[] => {
      const listed = practice.original.data.related.flatMap((slug) => practices.get(slug) ?? []);
      const own = facets.get(practice.slug)!;
      const computed = rankRelated(
        own,
        (['theme', 'group', 'organisation', 'type'] as const).flatMap((name) =>
          own[name].flatMap((value) => practicesByFacet[name].get(value)?.slice(0, 50) ?? []),
        ),
        (candidate) => facets.get(candidate.slug)!,
        new Set([practice.slug, ...listed.map((p) => p.slug)]),
        (candidate) => candidate.slug,
      );
      return [...listed, ...computed].slice(0, Math.max(relatedLimit, listed.length));
    }),
    eventsByCountry: indexBy(eventList, (e) =>
      e.original.data.location?.country ? [e.original.data.location.country] : [],
    ),
    networksByCountry: indexBy(networkList, (n) => n.original.data.countries),
    organisationsByCountry: indexBy(all.organisations, (o) => (o.data.country ? [o.data.country] : [])),
    /** Every country or region that some entry names, for the country pages. */
    countries: [
      ...new Set([
        ...practiceList.flatMap((p) => p.original.data.countries),
        ...networkList.flatMap((n) => n.original.data.countries),
        ...eventList.flatMap((e) =>
          e.original.data.location?.country ? [e.original.data.location.country] : [],
        ),
        ...all.organisations.flatMap((o) => (o.data.country ? [o.data.country] : [])),
      ]),
    ],
    eventsByPractice: indexBy(eventList, (e) => [
      ...e.original.data.practices,
      ...e.original.data.outputs.flatMap((output) => (output.practice ? [output.practice] : [])),
    ]),
    eventsByOrganisation: indexBy(eventList, (e) => e.original.data.organisers),
    eventsByNetwork: indexBy(eventList, (e) => e.original.data.networks),
    /** The networks an organisation is a member, the coordinator or a funder of. */
    networksByOrganisation: indexBy(networkList, (n) => [
      ...n.original.data.members,
      ...(n.original.data.coordinator ? [n.original.data.coordinator] : []),
      ...n.original.data.funders,
    ]),
  };
}

export type Catalog = Awaited<ReturnType<typeof build>>;

let catalog: Promise<Catalog> | undefined;

/** The catalog of this build, computed on first use and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= build();
  return catalog;
}

/** Looks up ids in a map, skipping those that are not published (drafts). */
export function pick<Value>(map: ReadonlyMap<string, Value>, ids: readonly string[]): Value[] {
  return ids.flatMap((id) => {
    const value = map.get(id);
    return value === undefined ? [] : [value];
  });
}

/** The countries a network's published members are in, each once: what its map highlights. */
export function memberCountries(catalog: Catalog, network: Network): string[] {
  const members = pick(catalog.organisations, network.original.data.members);
  return [...new Set(members.flatMap((org) => (org.data.country ? [org.data.country] : [])))];
}
