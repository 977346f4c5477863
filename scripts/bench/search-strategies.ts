// Measures ways to index a built site again after one changed page (issue 20), against the full index:
// `node scripts/bench/search-strategies.ts <built site, before the indexer> <work folder>`. JSON on stdout.
// A: the extracted records of unchanged pages reused as custom records (from the previous build's fragments);
// B: only the changed language's part of the per-language bundle indexed again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { glob, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { locales } from '../../src/core/locales.ts';
import { localizedPath, routes } from '../../src/core/routes.ts';
import { allLanguagesIndexLanguage, searchBundles } from '../../src/search/search-bundles.ts';
import { indexSite, libraryRecords } from '../../src/search/search-index.ts';
import { launch, pageSearch, serve } from './browser.ts';
import { differingFiles } from './rebuild.ts';

const [pristine, work] = process.argv.slice(2) as [string, string];
const words = ['trafficking', 'referral', 'interpreter'];
const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);
type Index = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** A copy of the built site made of hard links (nothing here writes into an existing file). */
async function copy(name: string): Promise<string> {
  const target = join(work, name);
  await rm(target, { recursive: true, force: true });
  execFileSync('cp', ['-al', pristine, target]);
  return target;
}

/** Replaces one page by a new file (not through the hard link). */
async function edit(site: string, page: string, change: (html: string) => string): Promise<void> {
  const html = await readFile(join(site, page), 'utf8');
  await rm(join(site, page));
  await writeFile(join(site, page), change(html));
}

const mark = /<[^>]+\sdata-pagefind-body[\s=>]/;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

interface Page {
  path: string;
  language: string;
  digest: string;
}

async function markedPages(site: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const path of (await Array.fromAsync(glob('**/*.html', { cwd: site }))).sort()) {
    const html = await readFile(join(site, path), 'utf8');
    if (!mark.test(html)) continue;
    pages.push({ path, language: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '', digest: digest(html) });
  }
  return pages;
}

async function folderOf(site: string, name: string, pages: readonly Page[]): Promise<string> {
  const folder = join(work, name);
  await rm(folder, { recursive: true, force: true });
  for (const { path } of pages) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await link(join(site, path), join(folder, path));
  }
  return folder;
}

interface BundleTimes {
  add: number;
  write: number;
}

/** One Pagefind bundle: the time to add its pages or records, and to build and write the index. */
async function bundle(
  outputPath: string,
  config: PagefindServiceConfig,
  fill: (index: Index) => Promise<string[]>,
): Promise<BundleTimes> {
  await rm(outputPath, { recursive: true, force: true });
  const { index } = await createIndex(config);
  if (!index) throw new Error('no index');
  let since = performance.now();
  const errors = await fill(index);
  const add = seconds(since);
  since = performance.now();
  errors.push(...(await index.writeFiles({ outputPath })).errors);
  const write = seconds(since);
  await index.deleteIndex();
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return { add, write };
}

const directory = (path: string) => async (index: Index) => (await index.addDirectory({ path })).errors;

/** The library's records added as the indexer adds them, which removes their files: linked again first. */
async function library(site: string, index: Index): Promise<string[]> {
  for (const locale of locales) {
    const file = localizedPath(locale, routes.libraryRecords);
    await link(join(pristine, file), join(site, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return libraryRecords(site, index);
}

/** A fragment as Pagefind writes it: gzip of "pagefind_dcd" and JSON. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}
async function fragments(bundleFolder: string): Promise<Map<string, Fragment>> {
  const byUrl = new Map<string, Fragment>();
  for await (const path of glob('**/*.pf_fragment', { cwd: bundleFolder })) {
    const text = gunzipSync(await readFile(join(bundleFolder, path))).toString('utf8');
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as Fragment;
    byUrl.set(fragment.url, fragment);
  }
  return byUrl;
}
/** Files the indexer removes or writes itself (interfaces, word lists): not Pagefind's index. */
const notIndex = (file: string) =>
  /^pagefind-(ui|component-ui|modular-ui|highlight)\.|^(vocabulary|word-forms)-/.test(file);
const indexDiff = async (one: string, other: string) =>
  (await differingFiles(one, other)).filter((file) => !notIndex(file));
const urlOf = (path: string) => `/${path.replace(/index\.html$/, '')}`;

/** Strategy A: pages unchanged since `previous` as records from its fragments, the others parsed. */
function reused(
  site: string,
  pages: readonly Page[],
  previous: Map<string, Page>,
  records: Map<string, Fragment>,
) {
  return async (index: Index): Promise<string[]> => {
    const results = await Promise.all(
      pages.map(async (page) => {
        const record =
          previous.get(page.path)?.digest === page.digest ? records.get(urlOf(page.path)) : undefined;
        if (record)
          return index.addCustomRecord({
            url: record.url,
            content: record.content,
            language: page.language,
            meta: record.meta,
            filters: record.filters,
            ...(record.sort ? { sort: record.sort } : {}),
          });
        return index.addHTMLFile({
          url: urlOf(page.path),
          content: await readFile(join(site, page.path), 'utf8'),
        });
      }),
    );
    return results.flatMap((result) => result.errors);
  };
}

/** First-query bytes on the search page, and the first ten result URLs from the API, per word. */
async function reading(site: string, port: number) {
  const server = await serve(site, port);
  const browser = await launch();
  const figures: Record<string, { bytes: number; files: Record<string, number>; results: string[] }> = {};
  try {
    for (const word of words) {
      const { bytes, files } = await pageSearch(browser, server.url, word);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      const results = await page.evaluate(async (term) => {
        const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
          search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const { results } = await pagefind.search(term);
        return Promise.all(results.slice(0, 10).map(async (result) => (await result.data()).url));
      }, word);
      await context.close();
      figures[word] = { bytes, files, results };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

const report: Record<string, unknown> = { loadAverageAtStart: loadavg() };

// The previous build's index: what a cache would hold.
const pristinePages = await markedPages(pristine);
const before = new Map(pristinePages.map((page) => [page.path, page]));
const previous = join(work, 'previous');
let since = performance.now();
if (!(await readdir(join(previous, 'pagefind')).catch(() => undefined))) {
  await copy('previous');
  await indexSite(previous);
  await close();
  report['previousIndexSiteSeconds'] = seconds(since);
}
const records = await fragments(join(previous, searchBundles.perLanguage));
const recordsAll = await fragments(join(previous, searchBundles.allLanguages));
log(`previous build indexed; ${records.size} records`);

const enPage = pristinePages.find(
  (page) => page.language === 'en' && page.path.startsWith('practices/'),
)!.path;
const frPage = pristinePages.find(
  (page) => page.language === 'fr' && page.path.startsWith('fr/practices/'),
)!.path;
const sentence = (language: string) =>
  language === 'en'
    ? 'An interpreter joined every referral meeting this year. '
    : 'Une interprète a rejoint chaque réunion cette année. ';

const rounds = Number(process.env['TIMING_ROUNDS'] ?? 0);
if (rounds > 0) {
  // Times only, alternating strategies round by round on the edited sites of an earlier run.
  const times: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const language of ['en', 'fr']) {
      const site = join(work, `edited-${language}`);
      const out = join(work, `timing-${language}`);
      const row: Record<string, number> = { round, loadAverage: loadavg()[0]! };
      row['language'] = language === 'en' ? 0 : 1;
      let start = performance.now();
      const pages = await markedPages(site);
      row['scan'] = seconds(start);
      const folder = await folderOf(site, `marked-${language}`, pages);
      const own = await folderOf(
        site,
        `own-${language}`,
        pages.filter((one) => one.language === language),
      );
      const sum = (times: BundleTimes) => times.add + times.write;
      row['fullPerLanguage'] = sum(await bundle(join(out, 'per'), {}, directory(folder)));
      row['fullAllLanguages'] = sum(
        await bundle(join(out, 'all'), { forceLanguage: allLanguagesIndexLanguage }, directory(folder)),
      );
      row['library'] = sum(await bundle(join(out, 'lib'), {}, (index) => library(site, index)));
      row['reusedPerLanguage'] = sum(
        await bundle(join(out, 'aper'), {}, reused(site, pages, before, records)),
      );
      row['reusedAllLanguages'] = sum(
        await bundle(
          join(out, 'aall'),
          { forceLanguage: allLanguagesIndexLanguage },
          reused(site, pages, before, recordsAll),
        ),
      );
      row['splitOwnLanguage'] = sum(await bundle(join(out, 'split'), {}, directory(own)));
      start = performance.now();
      await close();
      times.push(row);
      log(JSON.stringify(row));
    }
  }
  console.log(JSON.stringify({ ...report, times, loadAverageAtEnd: loadavg() }, null, 2));
  process.exit(0);
}

for (const [language, page] of [
  ['en', enPage],
  ['fr', frPage],
] as const) {
  const scenario: Record<string, unknown> = { page, loadAverage: loadavg() };
  report[`edit-${language}`] = scenario;
  const site = await copy(`edited-${language}`);
  await edit(site, page, (html) => html.replace(/(<div class="prose">\s*<p>)/, `$1${sentence(language)}`));

  // Full index, as indexSite does it, phase by phase.
  since = performance.now();
  const pages = await markedPages(site);
  const scan = seconds(since);
  if (pages.filter((one) => one.digest !== before.get(one.path)?.digest).length !== 1)
    throw new Error('edit failed');
  since = performance.now();
  const folder = await folderOf(site, `marked-${language}`, pages);
  const links = seconds(since);
  const perLanguage = await bundle(join(site, searchBundles.perLanguage), {}, directory(folder));
  const allLanguages = await bundle(
    join(site, searchBundles.allLanguages),
    { forceLanguage: allLanguagesIndexLanguage },
    directory(folder),
  );
  const libraryTimes = await bundle(join(site, searchBundles.library), {}, (index) => library(site, index));
  await close();
  scenario['full'] = {
    scanAndWordCountOfMarkedPages: scan,
    links,
    perLanguage,
    allLanguages,
    library: libraryTimes,
    pages: pages.length,
  };
  log(`${language}: full ${JSON.stringify(scenario['full'])}`);
  since = performance.now();
  const sameAsIndexSite = await copy(`check-${language}`);
  await rm(join(sameAsIndexSite, page));
  await link(join(site, page), join(sameAsIndexSite, page));
  await indexSite(sameAsIndexSite);
  await close();
  scenario['fullIndexSiteSeconds'] = seconds(since);
  scenario['phaseRunMatchesIndexSite'] =
    (await indexDiff(join(site, 'pagefind'), join(sameAsIndexSite, 'pagefind'))).length === 0;

  const entryOf = async (site: string) =>
    JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
  scenario['editChangedTheIndex'] =
    (await entryOf(previous)).languages[language]?.hash !==
    (await entryOf(sameAsIndexSite)).languages[language]?.hash;

  // Strategy A: reused records in both HTML bundles.
  const a = await copy(`reused-${language}`);
  await rm(join(a, page));
  await link(join(site, page), join(a, page));
  const aPer = await bundle(join(a, searchBundles.perLanguage), {}, reused(site, pages, before, records));
  const aAll = await bundle(
    join(a, searchBundles.allLanguages),
    { forceLanguage: allLanguagesIndexLanguage },
    reused(site, pages, before, recordsAll),
  );
  await close();
  for (const file of (await readdir(join(sameAsIndexSite, 'pagefind'))).filter(
    (name) => name.endsWith('.json') && !name.startsWith('pagefind'),
  ))
    await writeFile(join(a, 'pagefind', file), await readFile(join(sameAsIndexSite, 'pagefind', file)));
  await rm(join(a, searchBundles.library), { recursive: true, force: true });
  execFileSync('cp', ['-a', join(sameAsIndexSite, searchBundles.library), join(a, searchBundles.library)]);
  const aDiffPer = await indexDiff(join(sameAsIndexSite, 'pagefind'), join(a, 'pagefind'));
  const aDiffAll = await indexDiff(join(sameAsIndexSite, 'pagefind-all'), join(a, 'pagefind-all'));
  scenario['reusedRecords'] = {
    perLanguage: aPer,
    allLanguages: aAll,
    differingFiles: { perLanguage: aDiffPer.length, allLanguages: aDiffAll.length },
    differingExamples: [...aDiffPer.slice(0, 5), ...aDiffAll.slice(0, 5)],
    filesInFull: {
      perLanguage: (await Array.fromAsync(glob('**/*', { cwd: join(sameAsIndexSite, 'pagefind') }))).length,
      allLanguages: (await Array.fromAsync(glob('**/*', { cwd: join(sameAsIndexSite, 'pagefind-all') })))
        .length,
    },
  };
  log(`${language}: reused ${JSON.stringify(scenario['reusedRecords'])}`);

  // Strategy B: the changed language's pages alone, written apart; its files compared with the full bundle's.
  const own = pages.filter((one) => one.language === language);
  const ownFolder = await folderOf(site, `own-${language}`, own);
  const split = join(work, `split-${language}`);
  const bTimes = await bundle(split, {}, directory(ownFolder));
  await close();
  const full = join(sameAsIndexSite, 'pagefind');
  const splitFiles = (await Array.fromAsync(glob('**/*', { cwd: split, withFileTypes: true })))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(split.length + 1))
    .filter((file) => !notIndex(file));
  const missing: string[] = [];
  const differing: string[] = [];
  for (const file of splitFiles) {
    const theirs = await readFile(join(full, file)).catch(() => undefined);
    if (!theirs) missing.push(file);
    else if (!theirs.equals(await readFile(join(split, file)))) differing.push(file);
  }
  scenario['splitByLanguage'] = {
    pages: own.length,
    perLanguageBundleOfOneLanguage: bTimes,
    filesWritten: splitFiles.length,
    notInFullBundle: missing,
    differingFromFullBundle: differing,
  };
  log(`${language}: split ${JSON.stringify(scenario['splitByLanguage'])}`);

  if (language === 'en') {
    scenario['readingFull'] = await reading(sameAsIndexSite, 4621);
    scenario['readingReused'] = await reading(a, 4621);
    log(`${language}: reading done`);
  }
}
report['loadAverageAtEnd'] = loadavg();
console.log(JSON.stringify(report, null, 2));
