// `npm run lighthouse`: Lighthouse in mobile mode on the built site (dist/, run `npm run build` first): the home
// page, the library, a practice, an event and search, 5 runs each; prints the median scores, exits 1 below 100.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './bench/browser.ts';
import { median } from './bench/measure.ts';

const site = 'dist';
const runs = 5;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The first entry page of a collection in English: the one that marks its content for search. */
async function firstEntry(collection: string): Promise<string> {
  for (const name of (await readdir(join(site, collection), { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!name.isDirectory()) continue;
    const html = await readFile(join(site, collection, name.name, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('data-pagefind-body')) return `/${collection}/${name.name}/`;
  }
  throw new Error(`No ${collection} page in ${site}/; run npm run build first`);
}

const pages = {
  home: '/',
  library: '/practices/',
  practice: await firstEntry('practices'),
  event: await firstEntry('events'),
  search: '/search/',
};

const server = await serve(site, Number(process.env['LIGHTHOUSE_PORT'] ?? 4371));
const chrome = await launchChrome({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
const scores: Record<string, Record<string, number>> = {};
try {
  for (const [name, path] of Object.entries(pages)) {
    const perRun: Record<string, number[]> = {};
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      for (const category of categories)
        (perRun[category] ??= []).push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    }
    scores[`${name} ${path}`] = Object.fromEntries(
      categories.map((category) => [category, median(perRun[category] ?? [])]),
    );
    console.error(`${name}: ${JSON.stringify(scores[`${name} ${path}`])}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(JSON.stringify({ mode: 'mobile', runs, median: scores }, null, 2));
const below = Object.entries(scores).flatMap(([page, byCategory]) =>
  Object.entries(byCategory)
    .filter(([, score]) => score < 100)
    .map(([category, score]) => `${page} ${category} ${score}`),
);
for (const line of below) console.error(`below 100: ${line}`);
process.exit(below.length > 0 ? 1 : 0);
