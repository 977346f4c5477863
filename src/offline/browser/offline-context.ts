// The saved store as the page's elements use it: this window's caches and fetch.
import type { StoreContext } from './saved-store.ts';

export function windowContext(): StoreContext {
  return {
    caches: window.caches,
    fetch: (input, init) => window.fetch(input, init),
    origin: location.origin,
    now: () => new Date(),
  };
}
