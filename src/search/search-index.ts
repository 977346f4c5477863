// The search indexer, run after `astro build` (scripts/build-search-index.ts): writes the Pagefind bundles.
// Pages mark what is indexed themselves (data-pagefind-body, filters, meta); the library's records come from
// the build as JSON. This only writes the bundles.
import { glob, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { locales } from '../core/locales.ts';
import { localizedPath, routes } from '../core/routes.ts';
import { allLanguagesIndexLanguage, searchBundles, searchWordFiles } from './search-bundles.ts';
import { countWords, vocabularyFile } from './vocabulary.ts';
import { croatianWordForms } from './word-forms.ts';

/** Pagefind's ready-made interfaces (about 390 KB a bundle): the site has its own, so they are not published. */
const unusedInterfaces = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages indexed per language, as the bundle's entry file lists them: "en 29, fr 18". */
async function summary(outputPath: string): Promise<string> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.entries(entry.languages)
    .map(([language, { page_count }]) => `${language} ${page_count}`)
    .join(', ');
}

type Index = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** Writes one bundle, with what `fill` adds to its index; returns the pages it holds per language. */
async function writeBundle(
  site: string,
  bundle: string,
  config: PagefindServiceConfig,
  fill: (index: Index) => Promise<string[]>,
): Promise<string> {
  const outputPath = join(site, bundle);
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await createIndex(config);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const problems = await fill(index);
  const written = await index.writeFiles({ outputPath });
  // Pagefind's service keeps an index until it is deleted: without this, the three bundles' indexes add up
  // (at 10,000 entries, 8.7 GB at the end of the third).
  await index.deleteIndex();
  problems.push(...written.errors);
  if (problems.length > 0) throw new Error(`Pagefind failed on ${bundle}:\n${problems.join('\n')}`);
  for (const file of await readdir(outputPath))
    if (unusedInterfaces.test(file)) await rm(join(outputPath, file));
  return summary(outputPath);
}

/** How many files are read at once. */
const batch = 16;

/** An element that marks its content for the index, as Pagefind reads it. */
const indexedMark = /<[^>]+\sdata-pagefind-body[\s=>]/;

/**
 * Nearly what the index holds of a page: its marked element (up to the first closing tag of its name, which is
 * exact for <main>), without scripts, templates and markup. Parts the index ignores are kept: their words are
 * other pages' words (related notes, breadcrumbs).
 */
export function indexedText(html: string): string {
  const start = html.search(indexedMark);
  if (start < 0) return '';
  const tag = /^<([a-z][\w-]*)/i.exec(html.slice(start))?.[1] ?? '';
  const end = html.indexOf(`</${tag}>`, start);
  return html
    .slice(start, end < 0 ? undefined : end)
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (_entity, decimal?: string, hex?: string) =>
      decimal || hex ? String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)) : ' ',
    );
}

/** The words of the marked pages, counted per language (from `<html lang>`). */
export type Vocabularies = Map<string, Map<string, number>>;

/**
 * The HTML files that mark content for the index. Pagefind indexes only those once any page has the mark, but
 * would parse every page to find out, twice: most pages (untranslated entries, lists) have none. Counts the
 * words of each marked page on the way, for the files written beside the index.
 */
async function markedPages(site: string, words: Vocabularies): Promise<string[]> {
  const pages = await Array.fromAsync(glob('**/*.html', { cwd: site }));
  const marked: string[] = [];
  for (let start = 0; start < pages.length; start += batch) {
    const chunk = pages.slice(start, start + batch);
    const texts = await Promise.all(chunk.map((path) => readFile(join(site, path), 'utf8')));
    chunk.forEach((path, index) => {
      const html = texts[index] ?? '';
      if (!indexedMark.test(html)) return;
      marked.push(path);
      const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
      if (!words.has(language)) words.set(language, new Map());
      countWords(words.get(language)!, indexedText(html));
    });
  }
  return marked.sort();
}

/** Writes each language's vocabulary and the Croatian word forms beside the per-language index. */
async function writeWordFiles(site: string, words: Vocabularies): Promise<string> {
  const sizes: string[] = [];
  for (const [language, counts] of [...words].sort(([a], [b]) => a.localeCompare(b))) {
    const list = vocabularyFile(counts);
    await writeFile(join(site, searchWordFiles.vocabulary(language)), JSON.stringify(list));
    sizes.push(`${language} ${list.length}`);
  }
  const croatian = croatianWordForms(words.get('hr')?.keys() ?? []);
  await writeFile(join(site, searchWordFiles.croatianForms), JSON.stringify(croatian));
  return `words per language: ${sizes.join(', ')}; Croatian stems joined: ${Object.keys(croatian).length}`;
}

/**
 * A folder in the site of hard links to the marked pages, at their paths: Pagefind reads and parses a folder
 * itself, on every core, a third faster than pages handed over one by one, and sees only the marked ones.
 */
async function markedFolder(site: string, pages: readonly string[]): Promise<string> {
  const folder = await mkdtemp(join(site, '.marked-'));
  await Promise.all(
    pages.map(async (path) => {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await link(join(site, path), join(folder, path));
    }),
  );
  return folder;
}

/** Adds the pages of a folder, with URLs from their paths in it; returns Pagefind's complaints. */
function builtPages(folder: string) {
  return async (index: Index): Promise<string[]> => (await index.addDirectory({ path: folder })).errors;
}

/** Adds the library's records in every language, taking them out of the built site as it goes. */
export async function libraryRecords(site: string, index: Index): Promise<string[]> {
  const problems: string[] = [];
  for (const locale of locales) {
    const file = join(site, localizedPath(locale, routes.libraryRecords));
    const records = JSON.parse(await readFile(file, 'utf8')) as Parameters<Index['addCustomRecord']>[0][];
    // All at once: Pagefind answers them as they come, a quarter faster than one after the other.
    const added = await Promise.all(
      records.map((record) => index.addCustomRecord({ ...record, language: locale })),
    );
    problems.push(...added.flatMap((result) => result.errors));
    await rm(file);
  }
  return problems;
}

/** Writes the site's three search bundles into `site` (the built site); returns a line on each for the log. */
export async function indexSite(site: string): Promise<string[]> {
  let folder: string | undefined;
  try {
    const words: Vocabularies = new Map();
    const pages = await markedPages(site, words);
    if (pages.length === 0)
      throw new Error(`No page in ${site}/ marks content for search; run astro build first`);
    folder = await markedFolder(site, pages);
    const marked = folder;
    const perLanguage = await writeBundle(site, searchBundles.perLanguage, {}, builtPages(marked));
    const allLanguages = await writeBundle(
      site,
      searchBundles.allLanguages,
      { forceLanguage: allLanguagesIndexLanguage },
      builtPages(marked),
    );
    const wordFiles = await writeWordFiles(site, words);
    const library = await writeBundle(site, searchBundles.library, {}, (index) =>
      libraryRecords(site, index),
    );
    return [
      `Search index ${searchBundles.perLanguage}: pages per language: ${perLanguage}`,
      `Search index ${searchBundles.allLanguages}: every language together: ${allLanguages}`,
      `Search words ${searchBundles.perLanguage}: ${wordFiles}`,
      `Library index ${searchBundles.library}: practice notes per language: ${library}`,
    ];
  } finally {
    if (folder) await rm(folder, { recursive: true, force: true });
    await close();
  }
}
