/**
 * Remembers what `make` returns for each key, for the life of the build: work that every page would otherwise
 * repeat with the same inputs (Intl formatters, translation functions, maps).
 */
export function memoize<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const values = new Map<Key, Value>();
  return (key) => {
    if (!values.has(key)) values.set(key, make(key));
    return values.get(key) as Value;
  };
}

/**
 * Makes a value at its first use and gives the same one after: for what a page may never need and is slow to
 * make while it loads (an Intl formatter loads its language's data, a long task on a slow phone).
 */
export function lazy<Value>(make: () => Value): () => Value {
  let made: { value: Value } | undefined;
  return () => (made ??= { value: make() }).value;
}
