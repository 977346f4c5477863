// `npm run lighthouse`: Lighthouse in mobile mode on the built site (dist/, run `npm run build` first): the home
// page, the library, a practice, an event and search, 5 runs each; prints the median scores, exits 1 below 100.
// Beside them, the median of the metrics behind the performance score and of Lighthouse's benchmark index of this
// machine's CPU, to tell a page's own loss from a busy machine's. LIGHTHOUSE_REPORTS=<folder> keeps each report.
import { entryPath, routes, type EntryRoute } from '../src/core/routes.ts';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './bench/browser.ts';
import { median } from './bench/measure.ts';

const site = 'dist';
const runs = 5;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The audits the performance score is made of, in milliseconds (CLS: a unitless score). */
const metrics = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
} as const;
const reports = process.env['LIGHTHOUSE_REPORTS'];
if (reports) await mkdir(reports, { recursive: true });

/** The first entry page of a collection in English: the one that marks its content for search. */
async function firstEntry(collection: EntryRoute): Promise<string> {
  for (const name of (await readdir(join(site, collection), { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!name.isDirectory()) continue;
    const html = await readFile(join(site, collection, name.name, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('data-pagefind-body')) return entryPath(collection, name.name);
  }
  throw new Error(`No ${collection} page in ${site}/; run npm run build first`);
}

const pages = {
  home: routes.home,
  library: routes.practices,
  practice: await firstEntry('practices'),
  event: await firstEntry('events'),
  search: routes.search,
};

const server = await serve(site, Number(process.env['LIGHTHOUSE_PORT'] ?? 4371));
const chrome = await launchChrome({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
const scores: Record<string, Record<string, number>> = {};
const figures: Record<string, Record<string, number>> = {};
try {
  for (const [name, path] of Object.entries(pages)) {
    const page = `${name} ${path}`;
    const perRun: Record<string, number[]> = {};
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      const lhr = result?.lhr;
      if (reports && lhr) await writeFile(join(reports, `${name}-${run + 1}.json`), JSON.stringify(lhr));
      for (const category of categories)
        (perRun[category] ??= []).push(Math.round((lhr?.categories[category]?.score ?? 0) * 100));
      for (const [metric, audit] of Object.entries(metrics))
        (perRun[metric] ??= []).push(lhr?.audits[audit]?.numericValue ?? NaN);
      (perRun['benchmarkIndex'] ??= []).push(lhr?.environment.benchmarkIndex ?? NaN);
    }
    const medians = (keys: readonly string[], digits: number) =>
      Object.fromEntries(keys.map((key) => [key, Number(median(perRun[key] ?? []).toFixed(digits))]));
    scores[page] = medians(categories, 0);
    figures[page] = {
      ...medians(['fcp', 'lcp', 'tbt', 'speedIndex', 'benchmarkIndex'], 0),
      ...medians(['cls'], 3),
    };
    console.error(`${name}: ${JSON.stringify(scores[page])} ${JSON.stringify(figures[page])}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(JSON.stringify({ mode: 'mobile', runs, median: scores, medianMetrics: figures }, null, 2));
const below = Object.entries(scores).flatMap(([page, byCategory]) =>
  Object.entries(byCategory)
    .filter(([, score]) => score < 100)
    .map(([category, score]) => `${page} ${category} ${score}`),
);
for (const line of below) console.error(`below 100: ${line}`);
process.exit(below.length > 0 ? 1 : 0);
