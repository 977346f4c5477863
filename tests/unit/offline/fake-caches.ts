// An in-memory Cache Storage and a site to fetch from, for the offline store's tests: what the browser does,
// reduced to what the store uses.
import type { StoreContext } from '../../../src/offline/browser/saved-store.ts';

const origin = 'https://practice.example';

const key = (request: RequestInfo | URL, ignoreSearch = false) => {
  const url = new URL(typeof request === 'string' || request instanceof URL ? request : request.url, origin);
  return ignoreSearch ? url.origin + url.pathname : url.href;
};

class FakeCache {
  readonly entries = new Map<string, Response>();

  async match(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<Response | undefined> {
    const wanted = key(request, options?.ignoreSearch);
    for (const [url, response] of this.entries)
      if (key(url, options?.ignoreSearch) === wanted) return response.clone();
    return undefined;
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.entries.set(key(request), response);
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(key(request));
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

/** The site as files by path; a test changes or removes them to play a republish. */
export type Site = Map<string, { body: string; type?: string }>;

export function fakeContext(site: Site, now = '2026-12-05T09:00:00Z') {
  const caches = new Map<string, FakeCache>();
  const fetched: string[] = [];
  const context: StoreContext = {
    origin,
    now: () => new Date(now),
    caches: {
      open: async (name: string) => {
        if (!caches.has(name)) caches.set(name, new FakeCache());
        return caches.get(name)!;
      },
    } as unknown as CacheStorage,
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(key(input));
      const path = url.pathname + url.search;
      fetched.push(path);
      const file = site.get(path);
      return file
        ? new Response(file.body, { status: 200, headers: { 'content-type': file.type ?? 'text/html' } })
        : new Response('Not found', { status: 404 });
    }) as typeof fetch,
  };
  /** The paths kept in a cache. */
  const kept = (name: string) =>
    [...(caches.get(name)?.entries.keys() ?? [])].map((url) => url.slice(origin.length));
  return { context, fetched, kept };
}
