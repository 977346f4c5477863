/** Stages of response and vulnerable groups: their pages in every language, their notes and their events. */
import { localeParamsFor } from '../core/routes.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import { getCatalog, type Catalog } from './catalog.ts';

/** Route parameters for one page (or feed) per stage and group and language. */
export async function termPaths() {
  const catalog = await getCatalog();
  return (['themes', 'groups'] as const).flatMap((taxonomy) =>
    localeParamsFor(catalog[taxonomy].values(), (term) => term.id).map(({ params, props }) => ({
      params: { ...params, taxonomy },
      props: { ...props, taxonomy },
    })),
  );
}

/** A stage's or a group's practice notes, and the events where they were presented, newest first. */
export function termPractices(catalog: Catalog, taxonomy: 'themes' | 'groups', id: string) {
  const facet = taxonomy === 'themes' ? 'theme' : 'group';
  const practices = catalog.practicesByFacet[facet].get(id) ?? [];
  const events = sortByDateDesc(
    new Set(practices.flatMap((practice) => catalog.eventsByPractice.get(practice.slug) ?? [])),
    (event) => event.original.data.start,
  );
  return { facet, practices, events } as const;
}
