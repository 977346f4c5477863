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
