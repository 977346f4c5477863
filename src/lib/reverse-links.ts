/** Reverse links (a society's practices, a practice's events) computed once from the forward references. */

/** Maps each key that `keysOf` gives for an item to the items that gave it, in input order. */
export function indexBy<Item>(
  items: Iterable<Item>,
  keysOf: (item: Item) => Iterable<string>,
): Map<string, Item[]> {
  const index = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** The number of items under each key of an index, for "browse by" lists with counts. */
export function sizes(index: ReadonlyMap<string, readonly unknown[]>): Map<string, number> {
  return new Map([...index].map(([key, list]) => [key, list.length]));
}
