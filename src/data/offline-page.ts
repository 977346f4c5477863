/**
 * Offline reading's view models: what a "Save for offline" button saves (one entry, or every note of a list),
 * the notes of a language that lists save, the saved page's words, and each language's web app manifest.
 */
import type { Locale } from '../core/locales.ts';
import { dir } from '../core/locales.ts';
import { entryPath, libraryPath, localizedPath, routes } from '../core/routes.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatBytes } from '../lib/bytes.ts';
import type { OfflineFile, OfflineNotes } from '../offline/offline-plan.ts';
import type { Event, Practice } from './catalog.ts';
import { libraryLists, type LibraryFacet } from './library-pages.ts';

/** The words the browser code shows, handed to it as JSON. */
export interface OfflineStrings {
  save: string;
  saving: string;
  saved: string;
  failed: string;
  /** With {date}. */
  changed: string;
  savedLink: string;
  /** With {size} and {date}. */
  itemFacts: string;
  remove: string;
  removed: string;
}

export function offlineStrings(locale: Locale): OfflineStrings {
  const { t } = useTranslations(locale);
  return {
    save: t('offline.save'),
    saving: t('offline.saving'),
    saved: t('offline.saved'),
    failed: t('offline.failed'),
    changed: t('offline.changed'),
    savedLink: t('offline.savedLink'),
    itemFacts: t('offline.itemFacts'),
    remove: t('offline.remove'),
    removed: t('offline.removed'),
  };
}

/** What a "Save for offline" button renders. */
export interface OfflineSave {
  locale: Locale;
  /** The page it is on, which the saved list links to. */
  url: string;
  title: string;
  /** The button's words. */
  label: string;
  /** A list's path in the language's notes (routes.offlineNotes); undefined for one entry. */
  list: string | undefined;
  /** An entry's uploaded files; a list's are in the notes file. */
  files: OfflineFile[];
  /** "Also save the uploaded files (2.4 MB)", when there are files. */
  filesLabel: string | undefined;
  /** The date the entry last changed, which tells a refresh that it changed. */
  stamp: string;
  savedHref: string;
  strings: OfflineStrings;
}

const uploads = (list: readonly { file?: string | undefined; bytes?: number | undefined }[]): OfflineFile[] =>
  list.flatMap((item) => (item.file ? [{ url: item.file, bytes: item.bytes ?? 0 }] : []));

function filesLabel(locale: Locale, files: readonly OfflineFile[], bytes?: number): string | undefined {
  if (files.length === 0) return undefined;
  const size = bytes ?? files.reduce((sum, file) => sum + file.bytes, 0);
  return useTranslations(locale).t('offline.withFiles', { size: formatBytes(size, locale) });
}

function button(locale: Locale, path: string, title: string, rest: Partial<OfflineSave>): OfflineSave {
  const { t } = useTranslations(locale);
  return {
    locale,
    url: localizedPath(locale, path),
    title,
    label: t('offline.save'),
    list: undefined,
    files: [],
    filesLabel: undefined,
    stamp: '',
    savedHref: localizedPath(locale, routes.saved),
    strings: offlineStrings(locale),
    ...rest,
  };
}

/** A practice note's button: the note and its uploaded resources. */
export function practiceSave(practice: Practice, locale: Locale, title: string): OfflineSave {
  const data = (practice.versions.get(locale) ?? practice.original).data;
  const files = uploads(data.resources);
  return button(locale, entryPath('practices', practice.slug), title, {
    files,
    filesLabel: filesLabel(locale, files),
    stamp: data.updated ?? data.published,
  });
}

/** An event's button: the event and its uploaded outputs. */
export function eventSave(event: Event, locale: Locale, title: string): OfflineSave {
  const data = (event.versions.get(locale) ?? event.original).data;
  const files = uploads(data.outputs);
  return button(locale, entryPath('events', event.slug), title, {
    files,
    filesLabel: filesLabel(locale, files),
  });
}

/** A list's button (a stage's or a group's notes, or the whole library): every note in it, files on request. */
export async function listSave(
  locale: Locale,
  path: string,
  title: string,
  facet: LibraryFacet | undefined,
): Promise<OfflineSave | undefined> {
  const { t, tn } = useTranslations(locale);
  const list = libraryPath(facet ? [facet] : []);
  const practices = (await libraryLists()).get(list)?.practices ?? [];
  if (practices.length === 0) return undefined;
  const files = practices.flatMap((practice) => uploads(practice.original.data.resources));
  return button(locale, path, title, {
    label: t('offline.saveList', { notes: tn('practices.count', practices.length) }),
    list,
    filesLabel: filesLabel(locale, files),
  });
}

/** A stage's or a group's button: every note of it. */
export function termSave(
  locale: Locale,
  taxonomy: 'themes' | 'groups',
  id: string,
  title: string,
): Promise<OfflineSave | undefined> {
  const facet = { name: taxonomy === 'themes' ? 'theme' : 'group', value: id } as const;
  return listSave(locale, entryPath(taxonomy, id), title, facet);
}

/** Lists a "Save for offline" button can save: the whole library, and each stage's and group's notes. */
function savableList(facets: readonly LibraryFacet[]): boolean {
  return facets.length === 0 || (facets.length === 1 && ['theme', 'group'].includes(facets[0]!.name));
}

/** A language's notes and the lists they are in, for the lists' buttons (routes.offlineNotes). */
export async function offlineNotes(locale: Locale): Promise<OfflineNotes> {
  const all = [...(await libraryLists()).entries()].filter(([, list]) => savableList(list.facets));
  const notes: OfflineNotes['notes'] = [];
  const position = new Map<Practice, number>();
  const lists: OfflineNotes['lists'] = {};
  for (const [path, list] of all) {
    lists[path] = list.practices.map((practice) => {
      let at = position.get(practice);
      if (at === undefined) {
        at =
          notes.push({
            url: localizedPath(
              practice.versions.has(locale) ? locale : practice.originalLocale,
              entryPath('practices', practice.slug),
            ),
            files: uploads(practice.original.data.resources),
          }) - 1;
        position.set(practice, at);
      }
      return at;
    });
  }
  return { notes, lists };
}

/** A language's web app manifest: the site's name, its start page and icons. */
export function webManifest(locale: Locale) {
  const { t } = useTranslations(locale);
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({
    src: `${routes.appIcons}${file}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.description'),
    lang: locale,
    dir: dir(locale),
    id: localizedPath(locale, routes.home),
    start_url: localizedPath(locale, routes.home),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a8141f',
    icons: [
      icon('icon-192.png', 192, 'any'),
      icon('icon-512.png', 512, 'any'),
      icon('maskable-512.png', 512, 'maskable'),
    ],
  };
}
