/**
 * Offline reading: what the service worker keeps, where, and within what limits. Shared by the worker, the
 * pages' scripts and the build (src/offline/offline-build.ts), so that they name each cache and limit once.
 */
import { localizedPath, routes, splitLocalePath } from '../core/routes.ts';
import type { Locale } from '../core/locales.ts';

/** The browser caches the worker writes (Workbox names its precache itself). */
export const offlineCaches = {
  /** Pages a reader opened, kept for reading offline: stale-while-revalidate, the oldest dropped first. */
  pages: 'px-pages',
  /** What the reader saved: pages, their images, uploaded files and the search files; never dropped. */
  saved: 'px-saved',
} as const;

/** How many opened (not saved) pages the pages cache holds: about 1.5 MB of HTML at most. */
export const openedPagesLimit = 60;

/**
 * The most the precached shell (stylesheet, scripts, icons, manifests, offline pages) may weigh: bytes as they
 * travel, gzip-compressed, since that is what a reader's metered connection pays for when the worker installs.
 */
export const precacheBudget = 300_000;

/** Messages a page sends its worker. */
export type WorkerMessage = { type: 'refresh' };

/** An uploaded file of a note or event, with its size as the entry gives it. */
export interface OfflineFile {
  url: string;
  bytes: number;
}

/** What a "Save for offline" button saves: one page, or every note of a list, and their uploads on request. */
export interface SaveRequest {
  /** The page the reader saved from (the item's, or the list's). */
  url: string;
  title: string;
  locale: Locale;
  /** The pages to keep: the item itself, or the list page and every note in it. */
  pages: string[];
  /** Uploaded files, kept only when the reader asks for them. */
  files: OfflineFile[];
}

/** One saved item, as the saved page lists it. */
export interface SavedItem extends Omit<SaveRequest, 'files'> {
  files: string[];
  /** What the item takes on the device, in bytes, as measured when it was last fetched. */
  bytes: number;
  /** ISO time of saving and of the latest refresh. */
  savedAt: string;
  refreshedAt: string;
  /** The date of the latest change to one of its pages since it was saved (YYYY-MM-DD), until the reader saw it. */
  changed?: string | undefined;
}

/** The list of saved items, kept in the saved cache under routes.offlineSavedIndex. */
export interface SavedIndex {
  /** The site's version (build) that last refreshed the items. */
  version: string;
  items: SavedItem[];
  /** Each saved page's change stamp (the date its entry last changed), by URL. */
  stamps: Record<string, string>;
}

/** What a language's search needs offline, written after the index (routes.offlineSearch). */
export interface OfflineSearchFiles {
  /** Every file of the language's index but the fragments: entry, scripts, WebAssembly, meta, index, filters. */
  files: string[];
  /** Each indexed page's fragment (its title, text and excerpt), by page URL. */
  fragments: Record<string, string>;
}

/** A language's notes and the library lists they belong to (routes.offlineNotes). */
export interface OfflineNotes {
  /** Every note shown in the language's library: its page in that language (or its original) and uploads. */
  notes: { url: string; files: OfflineFile[] }[];
  /** Each list a "Save for offline" button can save, by its path: the indexes of its notes in `notes`. */
  lists: Record<string, number[]>;
}

/** The attribute a saved page carries with the date its entry last changed: how a refresh sees a change. */
export const stampAttribute = 'data-offline-stamp';

/** The change stamp written in a page's HTML, or '' when it has none. */
export function pageStamp(html: string): string {
  return new RegExp(`${stampAttribute}="([^"]*)"`).exec(html)?.[1] ?? '';
}

/** The same-origin images of a page's HTML (maps, figures), which a saved page needs to read offline. */
export function pageImages(html: string, origin: string): string[] {
  const found = [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)].map((match) =>
    match[1]!.replaceAll('&amp;', '&'),
  );
  const own = found.flatMap((src) => {
    const url = new URL(src, origin);
    return url.origin === origin ? [url.pathname + url.search] : [];
  });
  return [...new Set(own)];
}

/** The offline page a reader gets for a page that is neither saved nor opened before: the saved page of its language. */
export function offlinePageFor(pathname: string): string {
  return localizedPath(splitLocalePath(pathname).locale, routes.saved);
}

/** Whether a request is for one of the search bundles' entry files, which must be fresh whenever online. */
export function isSearchEntry(pathname: string): boolean {
  return /\/pagefind-entry\.json$/.test(pathname);
}
