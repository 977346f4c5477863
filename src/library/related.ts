/** Related practices by shared facets, ranked from a bounded set of candidates (never the whole collection). */
import type { FacetValues } from './facets.ts';

/** Weights: sharing a group or a theme says more about relatedness than sharing a type. */
const weights = { group: 3, theme: 2, organisation: 1, type: 1 } as const;

/** How much two practices have in common. */
export function relatedness(a: FacetValues, b: FacetValues): number {
  return (Object.keys(weights) as (keyof typeof weights)[]).reduce(
    (score, name) => score + weights[name] * a[name].filter((value) => b[name].includes(value)).length,
    0,
  );
}

/** Candidates ordered by relatedness to `own`, best first, without duplicates or excluded ones. */
export function rankRelated<Item>(
  own: FacetValues,
  candidates: Iterable<Item>,
  facetsOf: (item: Item) => FacetValues,
  exclude: ReadonlySet<string>,
  keyOf: (item: Item) => string,
): Item[] {
  const scored = new Map<string, { item: Item; score: number }>();
  for (const item of candidates) {
    const key = keyOf(item);
    if (exclude.has(key) || scored.has(key)) continue;
    scored.set(key, { item, score: relatedness(own, facetsOf(item)) });
  }
  return [...scored.values()]
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || keyOf(a.item).localeCompare(keyOf(b.item)))
    .map(({ item }) => item);
}
