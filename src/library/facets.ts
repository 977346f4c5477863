/**
 * The practice library's facets: what each practice is filed under, and how many practices each value has.
 * Options within a facet combine with OR, facets with AND.
 */
export const facetNames = ['type', 'theme', 'group', 'organisation', 'country', 'language', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

export type FacetValues = Readonly<Record<FacetName, readonly string[]>>;
export type FacetSelection = Partial<Record<FacetName, readonly string[]>>;

/** What a practice is filed under, from its language-neutral fields and the languages it exists in. */
export function practiceFacets(
  practice: {
    type: string;
    themes: readonly string[];
    groups: readonly string[];
    organisations: readonly string[];
    countries: readonly string[];
    published: string;
  },
  languages: readonly string[],
): FacetValues {
  return {
    type: [practice.type],
    theme: practice.themes,
    group: practice.groups,
    organisation: practice.organisations,
    country: practice.countries,
    language: languages,
    year: [practice.published.slice(0, 4)],
  };
}

/** Whether a practice matches a selection: some value of each selected facet (OR), every facet (AND). */
export function matchesFacets(values: FacetValues, selection: FacetSelection): boolean {
  return facetNames.every((name) => {
    const wanted = selection[name];
    return !wanted?.length || wanted.some((value) => values[name].includes(value));
  });
}

/** How many of `items` have each value of each facet. */
export function countFacets(items: Iterable<FacetValues>): Record<FacetName, Map<string, number>> {
  const counts = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const item of items) {
    for (const name of facetNames) {
      for (const value of new Set(item[name])) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The items of page `page` (from 1) when `items` are shown `size` at a time, and how many pages there are. */
export function paginate<Item>(items: readonly Item[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

/**
 * The options a library page lists for a facet: all of them when there are at most `limit`, else the `limit`
 * with most practices and the current one, in their order. Organisations and countries grow with the
 * library, and every library page lists them.
 */
export function shownOptions<Option extends { value: string; count: number }>(
  options: readonly Option[],
  limit: number,
  current?: string,
): Option[] {
  if (options.length <= limit) return [...options];
  const kept = new Set(mostUsed(options, limit));
  if (current !== undefined) kept.add(current);
  return options.filter((option) => kept.has(option.value));
}

/** The values of the `limit` most used options, worked out once per list of options (every library page asks). */
const mostUsedValues = new WeakMap<readonly { value: string }[], Map<number, readonly string[]>>();

function mostUsed(options: readonly { value: string; count: number }[], limit: number): readonly string[] {
  const byLimit = mostUsedValues.get(options) ?? new Map<number, readonly string[]>();
  mostUsedValues.set(options, byLimit);
  let values = byLimit.get(limit);
  if (!values) {
    values = [...options]
      .sort((a, b) => b.count - a.count)
      .slice(0, limit)
      .map((option) => option.value);
    byLimit.set(limit, values);
  }
  return values;
}
