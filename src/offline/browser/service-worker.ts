// The service worker, bundled with Workbox by src/offline/offline-build.ts into /sw.js after every build. It
// precaches the shell, keeps pages a reader opens (stale-while-revalidate, bounded), serves what the reader
// saved, and refreshes the saved items after a republish. It talks to this origin only.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import {
  isSearchEntry,
  offlineCaches,
  offlinePageFor,
  openedPagesLimit,
  type WorkerMessage,
} from '../offline-plan.ts';
import { refreshSaved, type StoreContext } from './saved-store.ts';

declare const self: ServiceWorkerGlobalScope;
/** Written by the build: the shell's files with their revisions, and the site's version. */
declare const OFFLINE_PRECACHE: PrecacheEntry[];
declare const OFFLINE_VERSION: string;

const context: StoreContext = {
  caches: self.caches,
  fetch: (input, init) => self.fetch(input, init),
  origin: self.location.origin,
  now: () => new Date(),
};

// A new version takes over at once: after a republish, the reader's next page comes from it.
void self.skipWaiting();
clientsClaim();
precacheAndRoute(OFFLINE_PRECACHE);
cleanupOutdatedCaches();

async function fromSaved(request: Request, options?: CacheQueryOptions): Promise<Response | undefined> {
  return (await self.caches.open(offlineCaches.saved)).match(request, options);
}

const opened = new StaleWhileRevalidate({
  cacheName: offlineCaches.pages,
  // Workbox's plugin types predate exactOptionalPropertyTypes: its optional hooks are `?: Hook | undefined`.
  plugins: [
    new ExpirationPlugin({
      maxEntries: openedPagesLimit,
      purgeOnQuotaError: true,
    }) as unknown as WorkboxPlugin,
  ],
});

// Pages: a saved copy first (fetched again in the background), then pages opened before, then the network.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async (options) => {
    const saved = await fromSaved(options.request);
    if (saved) {
      options.event.waitUntil(
        fetch(options.request)
          .then(async (response) => {
            if (response.ok)
              await (await self.caches.open(offlineCaches.saved)).put(options.request, response);
          })
          .catch(() => undefined),
      );
      return saved;
    }
    return opened.handle(options);
  },
);

// A search bundle's entry file names the index's other files, so it is fresh whenever the reader is online.
registerRoute(
  ({ url }) => url.origin === self.location.origin && isSearchEntry(url.pathname),
  async ({ request }) => {
    try {
      return await fetch(request, { cache: 'no-cache' });
    } catch (error) {
      // The search asks for it with and without Pagefind's cache tag; both are the same file.
      const saved = await fromSaved(request, { ignoreSearch: true });
      if (saved) return saved;
      throw error;
    }
  },
);

// Everything else of this origin: what was saved, or the network.
setDefaultHandler(async ({ request }) => (await fromSaved(request)) ?? fetch(request));

// Offline, a page neither saved nor opened before gets the offline page of its language, with the saved list.
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await matchPrecache(offlinePageFor(url.pathname))) ?? Response.error();
});

/** The refresh under way: pages ask on load and when this worker takes over, which can come together. */
let refreshing: Promise<unknown> | undefined;

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as WorkerMessage;
  if (message.type !== 'refresh') return;
  refreshing ??= refreshSaved(context, OFFLINE_VERSION)
    .catch((error: unknown) =>
      console.error('Refreshing the saved items failed; the next visit tries again:', error),
    )
    .finally(() => (refreshing = undefined));
  event.waitUntil(refreshing);
});
