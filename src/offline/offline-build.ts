/**
 * Writes what offline reading needs into the built site, after `astro build` and the search index
 * (scripts/build-offline.ts): each language's search files, and the service worker, bundled with Workbox and
 * given the precached shell and the site's version. A shell over its budget stops the build.
 */
import { createHash } from 'node:crypto';
import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { locales } from '../core/locales.ts';
import { localizedPath, routes } from '../core/routes.ts';
import { precacheBudget, type OfflineSearchFiles } from './offline-plan.ts';

/** Where the search bundle of each language is, and the cache tag it asks for its entry file with. */
export interface SearchBundle {
  /** The per-language bundle's folder, "/pagefind/". */
  path: string;
  /** Pagefind's `metaCacheTag`, as the search's browser code sets it. */
  metaCacheTag: string;
}

/** A file of the shell, as Workbox precaches it. */
export interface ShellFile {
  url: string;
  revision: string;
  bytes: number;
}

const digest = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The shell's files: URL and file in dist/. Pages are precached by their address, which serves index.html. */
export async function shellFiles(site: string): Promise<{ url: string; file: string }[]> {
  const assets = await Array.fromAsync(glob('_astro/*.{css,js}', { cwd: site }));
  const icons = await Array.fromAsync(glob(`${routes.appIcons.slice(1)}*`, { cwd: site }));
  const perLanguage = locales.flatMap((locale) => [
    localizedPath(locale, routes.saved),
    localizedPath(locale, routes.search),
    localizedPath(locale, routes.webManifest),
  ]);
  return [
    ...[...assets, ...icons, 'favicon.svg'].sort().map((file) => ({ url: `/${file}`, file })),
    ...perLanguage.map((url) => ({
      url,
      file: url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1),
    })),
  ];
}

/** The shell with revisions, refused when it is over the budget. */
export async function precacheList(site: string, budget = precacheBudget): Promise<ShellFile[]> {
  const list = await Promise.all(
    (await shellFiles(site)).map(async ({ url, file }) => {
      const data = await readFile(join(site, file));
      // Counted as the reader's connection carries it: compressed, as every host here serves these files.
      return { url, revision: digest(data), bytes: gzipSync(data).byteLength };
    }),
  );
  const total = list.reduce((sum, file) => sum + file.bytes, 0);
  if (total > budget) {
    const largest = [...list].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    throw new Error(
      `The offline shell is ${total} bytes compressed, over its budget of ${budget} (src/offline/offline-plan.ts). ` +
        `Largest: ${largest.map((file) => `${file.url} ${file.bytes}`).join(', ')}. Make them smaller or ` +
        `leave them out of shellFiles() in src/offline/offline-build.ts.`,
    );
  }
  return list;
}

/** The site's version: changes whenever any published file does, which is what makes saved items refresh. */
export async function siteVersion(site: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Array.fromAsync(glob('**/*', { cwd: site, withFileTypes: true })))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => `/${path}` !== routes.serviceWorker)
    .sort();
  for (const path of files) hash.update(path).update(digest(await readFile(join(site, path))));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A language's search files (everything its index needs but the fragments) and each page's fragment. A
 * fragment is gzipped JSON after Pagefind's "pagefind_dcd" marker; its `url` is the page's.
 */
export async function searchFiles(
  site: string,
  search: SearchBundle,
  language: string,
): Promise<OfflineSearchFiles> {
  const bundle = search.path;
  const folder = join(site, bundle);
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const index = entry.languages[language];
  if (!index) return { files: [], fragments: {} };
  const own = async (pattern: string) =>
    (await Array.fromAsync(glob(pattern, { cwd: folder }))).sort().map((file) => `${bundle}${file}`);
  const files = [
    `${bundle}pagefind-entry.json?ts=${search.metaCacheTag}`,
    `${bundle}pagefind.js`,
    `${bundle}pagefind-worker.js`,
    `${bundle}wasm.${index.wasm ?? 'unknown'}.pagefind`,
    `${bundle}pagefind.${index.hash}.pf_meta`,
    ...(await own(`index/${language}_*.pf_index`)),
    ...(await own(`filter/${language}_*.pf_filter`)),
  ];
  const fragments: Record<string, string> = {};
  for (const file of await own(`fragment/${language}_*.pf_fragment`)) {
    const text = gunzipSync(await readFile(join(site, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    fragments[url] = file;
  }
  return { files, fragments };
}

/** Bundles the worker with Workbox and what the build knows. */
async function writeWorker(site: string, precache: ShellFile[], version: string): Promise<number> {
  const entry = fileURLToPath(new URL('browser/service-worker.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    banner: { js: `/* Practice Exchange offline reading, site version ${version} (src/offline/). */` },
    define: {
      OFFLINE_PRECACHE: JSON.stringify(precache.map(({ url, revision }) => ({ url, revision }))),
      OFFLINE_VERSION: JSON.stringify(version),
      'process.env.NODE_ENV': '"production"',
    },
  });
  const code = result.outputFiles[0]!.contents;
  await writeFile(join(site, routes.serviceWorker), code);
  return code.byteLength;
}

/** Writes the search files and the worker; returns a line for the build's log. */
export async function writeOffline(site: string, search: SearchBundle): Promise<string> {
  for (const locale of locales) {
    const path = join(site, localizedPath(locale, routes.offlineSearch));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(await searchFiles(site, search, locale)));
  }
  const precache = await precacheList(site);
  const version = await siteVersion(site);
  const workerBytes = await writeWorker(site, precache, version);
  const shell = precache.reduce((sum, file) => sum + file.bytes, 0);
  return `Offline: ${precache.length} shell files precached (${shell} bytes of ${precacheBudget}), worker ${workerBytes} bytes, version ${version}`;
}
