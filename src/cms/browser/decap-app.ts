/**
 * The editor at /admin/: Decap CMS with the site's formats, MDX component forms and previews. Bundled by
 * src/cms/bundle.ts into dist/admin/; its configuration is /admin/config.yml, generated from the schemas.
 */
import CMS, { decapLocales } from './decap-core.ts';
import type { CmsLocalePhrases, EditorComponentOptions } from 'decap-cms-core';
import { defaultLocale, dir } from '../../core/locales.ts';
import { editorConfigPath, routes } from '../../core/routes.ts';
import { useTranslations } from '../../i18n/index.ts';
import { interfacePhrases } from '../interface-phrases.ts';
import { editorLanguage, languageKey } from './editor-language.ts';
import { followRefusals } from './first-problem.ts';
import {
  editorFormats,
  fieldsToYaml,
  formatEntry,
  parseData,
  parseEntry,
  type EntryData,
} from '../frontmatter.ts';
import { mdxBlocks } from '../mdx-blocks.ts';
import { blockPreviews, EntryPreview } from '../previews.ts';
import { entrySaveProblems, readContext } from '../save-check.ts';
import { uploadFolder } from '../../validation/addresses.ts';
import type { ContentContext } from '../../validation/content-check.ts';

CMS.registerCustomFormat(editorFormats.entry, 'mdx', {
  fromFile: (content: string) => parseEntry(content),
  toFile: (data: Record<string, unknown>, sortedKeys: string[] = []) => formatEntry(data, sortedKeys),
});
CMS.registerCustomFormat(editorFormats.data, 'yaml', {
  fromFile: (content: string) => parseData(content),
  toFile: (data: Record<string, unknown>, sortedKeys: string[] = []) => fieldsToYaml(data, sortedKeys),
});

for (const block of mdxBlocks) {
  CMS.registerEditorComponent({
    id: block.id,
    label: block.label,
    fields: block.fields,
    pattern: block.pattern,
    fromBlock: (match: RegExpMatchArray) => block.fromBlock(match),
    toBlock: (data: Record<string, string>) => block.toBlock(data),
    toPreview: (data: Record<string, string>) => blockPreviews[block.id](data),
  } as EditorComponentOptions);
}

/** The parts of a Decap backend that save an entry's files and read a stored file. */
interface GitImplementation {
  persistEntry(
    entry: { dataFiles: { path: string; raw: string }[]; assets?: { path: string }[] },
    options: unknown,
  ): Promise<unknown>;
  getMediaFile(path: string): Promise<{ file?: File }>;
}

/** The backend the editor signed in to: the pre-save check reads a dataset's stored table through it. */
let signedIn: GitImplementation | undefined;

/** The local editing server's backend (npm run cms): every call is one request. */
interface ProxyImplementation extends GitImplementation {
  request(payload: { action: string; params: Record<string, unknown> }): Promise<unknown>;
}

/** A file as the local editing server returns it. */
interface ServerFile {
  data: string | null;
  file?: { path: string };
}

/**
 * The text of each file as this editor last read or saved it (null: there was no file), sent with every save:
 * the local editing server refuses to overwrite a file someone else saved since (src/cms/local-server.ts).
 */
const opened = new Map<string, string | null>();

/**
 * Notes the files an entry's form is loaded from: its draft's files, or the published ones. Lists are not
 * noted: they hold the published version, and one answered after the draft was read would make the editor's
 * own draft look changed by someone else.
 */
function remember(action: string, params: Record<string, unknown>, answer: unknown): void {
  if (action === 'unpublishedEntryDataFile')
    opened.set(String(params['path']), (answer as ServerFile).data ?? null);
  else if (action === 'getEntry') {
    const { data, file } = answer as ServerFile;
    if (file) opened.set(file.path, data ?? null);
  }
}

/**
 * Decap writes a file for every language an entry has data in, and the language-neutral fields it copies
 * (`i18n: duplicate`) give every language data: formatEntry() leaves a translation without text empty, and
 * Decap's own end-of-line makes that a one-line file. The local editing server removes such a file (a
 * translation an editor emptied) and never writes it; the hosted Git backends are not sent it.
 */
for (const name of ['github', 'gitea', 'forgejo', 'proxy']) {
  const backend = CMS.getBackend(name);
  if (!backend) continue;
  const init = backend.init.bind(backend);
  backend.init = (...args: Parameters<typeof init>) => {
    const implementation = init(...args) as unknown as ProxyImplementation;
    signedIn = implementation;
    const persist = implementation.persistEntry.bind(implementation);
    implementation.persistEntry = (entry, options) => {
      const dataFiles = entry.dataFiles
        .map((file) => (file.raw.trim() === '' ? { ...file, raw: '' } : file))
        .filter((file) => name === 'proxy' || file.raw !== '');
      // An upload the entry does not name is not saved with it: a table refused by the check and replaced by
      // another would otherwise be written beside the dataset, counts and all.
      const assets = entry.assets?.filter(({ path }) =>
        entry.dataFiles.some(({ raw }) => raw.includes(path.slice(path.lastIndexOf('/') + 1))),
      );
      return persist({ ...entry, dataFiles, ...(assets ? { assets } : {}) }, options);
    };
    if (name === 'proxy') {
      const request = implementation.request.bind(implementation);
      implementation.request = async ({ action, params }) => {
        const files = (params['dataFiles'] ?? []) as { path: string; raw: string }[];
        const base = Object.fromEntries(
          files.filter((f) => opened.has(f.path)).map((f) => [f.path, opened.get(f.path)]),
        );
        const answer = await request({
          action,
          params: action === 'persistEntry' ? { ...params, base } : params,
        });
        remember(action, params, answer);
        for (const file of files) opened.set(file.path, file.raw === '' ? null : file.raw);
        return answer;
      };
    }
    return implementation;
  };
}

/** The part of Decap's entry (an Immutable map) the pre-save check reads. */
interface SavedEntry {
  get(key: 'collection'): string;
  get(key: 'data'): { toJS(): EntryData } | undefined;
  get(key: 'i18n'): { toJS(): Record<string, { data?: EntryData }> } | undefined;
  get(key: 'mediaFiles'): { toJS(): { name?: string; file?: File }[] } | undefined;
  get(key: 'path'): string | undefined;
}

/**
 * A dataset's table, to check it with the metadata about to be saved: the CSV uploaded with the entry (Decap
 * lists the newest first, then the draft's, then the stored files it read), or else the one stored beside the
 * dataset, read through the backend. A new dataset's table must be uploaded with it.
 */
async function datasetTables(entry: SavedEntry): Promise<Map<string, string>> {
  const table = entry.get('data')?.toJS()['table'];
  if (entry.get('collection') !== 'datasets' || typeof table !== 'string') return new Map();
  const media = entry.get('mediaFiles')?.toJS() ?? [];
  const uploaded = media.find(({ name, file }) => name === table && file)?.file;
  if (uploaded) return new Map([[table, await uploaded.text()]]);
  const path = entry.get('path');
  if (!path || !signedIn) return new Map();
  const stored = `${path.slice(0, path.lastIndexOf('/') + 1)}${table}`;
  const { file } = await signedIn.getMediaFile(stored).catch((error: unknown) => {
    throw new Error(
      `Nothing was saved: the editor could not read ${stored} to check it (${error instanceof Error ? error.message : String(error)}). Upload the CSV with "Choose a file", or check the table's name.`,
    );
  });
  return file ? new Map([[table, await file.text()]]) : new Map();
}

let context: Promise<ContentContext> | undefined;

/**
 * What the checks need from the other files (organisations' domains and public numbers, drafts, uploads), as of
 * the last build, or of loading this page from the dev server; loaded once, and again after a failure.
 */
function loadContext(): Promise<ContentContext> {
  context ??= fetch(routes.editorContext, { credentials: 'same-origin', cache: 'no-cache' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return readContext(await response.json());
    })
    .catch((error: unknown) => {
      context = undefined;
      throw new Error(
        `Nothing was saved: the editor could not load ${routes.editorContext} to check the entry (${error instanceof Error ? error.message : String(error)}). Reload the page and save again; if it keeps failing, tell the portal team.`,
      );
    });
  return context;
}
void loadContext().catch(() => undefined);

/**
 * Before Decap saves, the rules the build applies to one entry run here too (src/cms/save-check.ts): a problem
 * stops the save and Decap shows its message, so an editor never saves what the build would refuse. Files
 * uploaded while editing the entry are saved with it, so they count as uploaded.
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: SavedEntry }) => {
    const known = await loadContext();
    const media = entry.get('mediaFiles')?.toJS() ?? [];
    const attached = media.flatMap(({ name }) => (name ? [`${uploadFolder}${name}`] : []));
    // A dataset's CSV is checked by the same rules as the build's, against the metadata as it will be saved.
    const tables = await datasetTables(entry);
    const translations = entry.get('i18n')?.toJS() ?? {};
    const versions = {
      [defaultLocale]: entry.get('data')?.toJS(),
      ...Object.fromEntries(Object.entries(translations).map(([locale, { data }]) => [locale, data])),
    };
    const problems = entrySaveProblems(
      entry.get('collection'),
      versions,
      { ...known, uploads: new Set([...known.uploads, ...attached]) },
      tables,
    );
    if (problems.length > 0)
      throw new Error(`${problems.length} problem(s); nothing was saved. ${problems.join(' · ')}`);
  },
});

CMS.registerPreviewStyle(`${routes.admin}preview.css`);
for (const name of ['practices', 'events', 'networks', 'pages'])
  CMS.registerPreviewTemplate(name, EntryPreview);

/**
 * The interface language: chosen with <editor-language> on this page and kept on this device, else the browser's
 * first of the site's languages, else English. Its configuration holds the fields' labels, choices and refusals
 * in that language (src/cms/config.ts); the page turns right to left for Arabic.
 */
const language = editorLanguage(localStorage.getItem(languageKey), navigator.languages);
document.documentElement.lang = language;
document.documentElement.dir = dir(language);
CMS.registerLocale(language, interfacePhrases(language, decapLocales) as CmsLocalePhrases);
const configLink = Object.assign(document.createElement('link'), {
  rel: 'cms-config-url',
  type: 'text/yaml',
  href: editorConfigPath(language),
});
document.head.append(configLink);
const switcher = document.createElement('editor-language');
switcher.setAttribute('label', useTranslations(language).t('cms.language'));
document.body.prepend(switcher);
followRefusals();

// decap-server (npm run cms) answers through the dev server on this origin; Decap wants an absolute address.
CMS.init({
  config: {
    locale: language,
    local_backend: { url: new URL(routes.editorApi, location.href).href },
  } as never,
});
