/**
 * Values a reader chose per filter, as the search page and the library both keep them: several values of one
 * filter add up, filters narrow. Kept in a URL's parameters and handed to Pagefind.
 */

export type Chosen<Key extends string> = Partial<Record<Key, readonly string[]>>;

/** The chosen values a URL's parameters hold for `keys`: each value once, empty ones left out. */
export function readChosen<Key extends string>(params: URLSearchParams, keys: readonly Key[]): Chosen<Key> {
  const chosen: Chosen<Key> = {};
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) chosen[key] = values;
  }
  return chosen;
}

/** Appends the chosen values to URL parameters, in the order of `keys`. */
export function writeChosen<Key extends string>(
  params: URLSearchParams,
  keys: readonly Key[],
  chosen: Chosen<Key>,
): void {
  for (const key of keys) for (const value of chosen[key] ?? []) params.append(key, value);
}

/** The chosen values with `value` of `key` added or taken away; a filter left with none is dropped. */
export function toggleChosen<Key extends string>(
  chosen: Chosen<Key>,
  key: Key,
  value: string,
  on: boolean,
): Chosen<Key> {
  const others = (chosen[key] ?? []).filter((kept) => kept !== value);
  const values = on ? [...others, value] : others;
  const next: Chosen<Key> = { ...chosen, [key]: values };
  if (values.length === 0) delete next[key];
  return next;
}

/** Chosen values as Pagefind filters (any value of each); `without` leaves one filter out. */
export function pagefindFilters(
  chosen: Readonly<Partial<Record<string, readonly string[]>>>,
  without?: string,
): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(chosen)
      .filter((entry): entry is [string, readonly string[]] => entry[0] !== without && Boolean(entry[1]))
      .map(([key, values]) => [key, { any: [...values] }]),
  );
}
