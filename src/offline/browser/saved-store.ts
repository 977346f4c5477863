// What the reader saved for offline: save, list, remove and refresh, on the browser's Cache Storage. The same
// code runs in the page (saving, removing) and in the service worker (refreshing after a republish).
import { localizedPath, routes } from '../../core/routes.ts';
import {
  offlineCaches,
  pageImages,
  pageStamp,
  type OfflineSearchFiles,
  type SaveRequest,
  type SavedIndex,
  type SavedItem,
} from '../offline-plan.ts';

/** What the store works with: the window's or the worker's, or a test's. */
export interface StoreContext {
  caches: CacheStorage;
  fetch: typeof fetch;
  origin: string;
  now: () => Date;
}

const emptyIndex = (): SavedIndex => ({ version: '', items: [], stamps: {} });

async function savedCache(context: StoreContext): Promise<Cache> {
  return context.caches.open(offlineCaches.saved);
}

/** The saved items, newest first. */
export async function readIndex(context: StoreContext): Promise<SavedIndex> {
  const response = await (await savedCache(context)).match(routes.offlineSavedIndex);
  return response ? ((await response.json()) as SavedIndex) : emptyIndex();
}

async function writeIndex(context: StoreContext, index: SavedIndex): Promise<void> {
  const body = JSON.stringify(index);
  await (
    await savedCache(context)
  ).put(routes.offlineSavedIndex, new Response(body, { headers: { 'content-type': 'application/json' } }));
}

/** Fetches `url` past the HTTP cache and keeps it; returns the response's text when `text`, and its size. */
async function keep(
  context: StoreContext,
  cache: Cache,
  url: string,
): Promise<{ status: number; bytes: number; html: string }> {
  const response = await context.fetch(url, { cache: 'no-cache' });
  if (!response.ok) return { status: response.status, bytes: 0, html: '' };
  const blob = await response.clone().blob();
  await cache.put(url, response);
  const html = blob.type.startsWith('text/html') ? await blob.text() : '';
  return { status: response.status, bytes: blob.size, html };
}

/** A language's search files and the fragments of `pages`, so that search answers over them offline. */
async function keepSearch(
  context: StoreContext,
  cache: Cache,
  locale: SaveRequest['locale'],
  pages: string[],
) {
  const response = await context.fetch(localizedPath(locale, routes.offlineSearch), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The search files could not be fetched (${response.status}).`);
  const search = (await response.json()) as OfflineSearchFiles;
  const wanted = [...search.files, ...pages.flatMap((page) => search.fragments[page] ?? [])];
  const missing = [];
  for (const url of wanted) if (!(await cache.match(url))) missing.push(url);
  await Promise.all(missing.map((url) => keep(context, cache, url)));
}

interface Fetched {
  bytes: number;
  stamps: Record<string, string>;
  /** Pages the site no longer has (404 or 410). */
  gone: string[];
}

/** Fetches and keeps pages with their images, and files. */
async function keepAll(context: StoreContext, pages: string[], files: string[]): Promise<Fetched> {
  const cache = await savedCache(context);
  const fetched: Fetched = { bytes: 0, stamps: {}, gone: [] };
  for (const page of pages) {
    const { status, bytes, html } = await keep(context, cache, page);
    if (status === 404 || status === 410) {
      fetched.gone.push(page);
      continue;
    }
    if (bytes === 0) throw new Error(`${page} could not be fetched (${status}).`);
    fetched.bytes += bytes;
    fetched.stamps[page] = pageStamp(html);
    for (const image of pageImages(html, context.origin))
      fetched.bytes += (await keep(context, cache, image)).bytes;
  }
  for (const file of files) fetched.bytes += (await keep(context, cache, file)).bytes;
  return fetched;
}

/** Saves an item: its pages, their images and the requested files, and the search over them. */
export async function saveItem(context: StoreContext, request: SaveRequest): Promise<SavedItem> {
  const files = request.files.map((file) => file.url);
  const fetched = await keepAll(context, request.pages, files);
  await keepSearch(context, await savedCache(context), request.locale, request.pages);
  const now = context.now().toISOString();
  const item: SavedItem = {
    ...request,
    pages: request.pages.filter((page) => !fetched.gone.includes(page)),
    files,
    bytes: fetched.bytes,
    savedAt: now,
    refreshedAt: now,
  };
  const index = await readIndex(context);
  index.items = [item, ...index.items.filter((other) => other.url !== request.url)];
  Object.assign(index.stamps, fetched.stamps);
  await writeIndex(context, index);
  return item;
}

/** Drops what only the given items used, keeping what another saved item still needs. */
async function forget(context: StoreContext, index: SavedIndex, dropped: SavedItem[], gone: string[] = []) {
  const cache = await savedCache(context);
  const kept = new Set(index.items.flatMap((item) => [...item.pages, ...item.files]));
  const urls = new Set([...dropped.flatMap((item) => [...item.pages, ...item.files]), ...gone]);
  for (const url of urls) {
    if (kept.has(url)) continue;
    await cache.delete(url);
    delete index.stamps[url];
  }
}

/** Removes a saved item and what no other saved item needs. */
export async function removeItem(context: StoreContext, url: string): Promise<void> {
  const index = await readIndex(context);
  const dropped = index.items.filter((item) => item.url === url);
  index.items = index.items.filter((item) => item.url !== url);
  await forget(context, index, dropped);
  await writeIndex(context, index);
}

/** The saved item that holds `page`, if any. */
export async function itemOf(context: StoreContext, page: string): Promise<SavedItem | undefined> {
  return (await readIndex(context)).items.find((item) => item.url === page || item.pages.includes(page));
}

/** Marks a change the reader has now seen, so that its notice shows once. */
export async function markSeen(context: StoreContext, url: string): Promise<void> {
  const index = await readIndex(context);
  for (const item of index.items) if (item.url === url) item.changed = undefined;
  await writeIndex(context, index);
}

/**
 * After a republish (`version` differs from the one that last refreshed), fetches every saved item again: a
 * changed page records the date of its change, a page the site removed leaves the cache, and so does an item
 * with no page left. Returns whether it refreshed.
 */
export async function refreshSaved(context: StoreContext, version: string): Promise<boolean> {
  const index = await readIndex(context);
  if (index.version === version) return false;
  const cache = await savedCache(context);
  // The previous build's search files go: their names change with the index.
  for (const request of await cache.keys()) {
    if (/\/pagefind[^/]*\//.test(new URL(request.url).pathname)) await cache.delete(request);
  }
  const gone: string[] = [];
  for (const item of index.items) {
    const fetched = await keepAll(context, item.pages, item.files);
    gone.push(...fetched.gone);
    const changes = Object.entries(fetched.stamps).flatMap(([page, stamp]) =>
      stamp && index.stamps[page] !== undefined && index.stamps[page] !== stamp ? [stamp] : [],
    );
    Object.assign(index.stamps, fetched.stamps);
    item.pages = item.pages.filter((page) => !fetched.gone.includes(page));
    item.bytes = fetched.bytes;
    item.refreshedAt = context.now().toISOString();
    if (changes.length > 0) item.changed = changes.sort().at(-1);
    await keepSearch(context, cache, item.locale, item.pages);
  }
  const emptied = index.items.filter((item) => item.pages.length === 0);
  index.items = index.items.filter((item) => item.pages.length > 0);
  await forget(context, index, emptied, gone);
  index.version = version;
  await writeIndex(context, index);
  return true;
}
