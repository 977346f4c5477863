/**
 * The search's relevance set (tests/relevance/search-relevance.json) run on a built site: each query typed on
 * the search page of its language, and the entries it must show among the first five results. Run by the e2e
 * test, which keeps the score from falling, and by `npm run bench`, which prints it.
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { isLocale, type Locale } from '../../src/core/locales.ts';
import { localizedPath, routes } from '../../src/core/routes.ts';
import { launch, serve } from './browser.ts';
import { buildEnv } from './build-env.ts';
import { measureCommand } from './measure.ts';

export interface RelevanceCase {
  /** What the case tries: "inflected", "acronym", "typo", "plural", "word". */
  readonly kind: string;
  readonly locale: Locale;
  readonly query: string;
  /** Paths that must be among the first five results. */
  readonly expected: readonly string[];
  /** What a "Did you mean" must offer, for a misspelt query. */
  readonly suggestion?: string;
}

export interface RelevanceSet {
  /** The lowest score the search may have: the share of cases that pass. It may rise, never fall. */
  readonly minimumScore: number;
  readonly cases: readonly RelevanceCase[];
}

export interface CaseOutcome extends RelevanceCase {
  readonly found: readonly string[];
  readonly offered?: string | undefined;
  readonly passed: boolean;
}

export const relevanceSetFile = 'tests/relevance/search-relevance.json';

/** How many results a case looks at. */
export const firstResults = 5;

/** Reads the set and says clearly what is wrong with it, if anything. */
export async function readRelevanceSet(file = relevanceSetFile): Promise<RelevanceSet> {
  const set = JSON.parse(await readFile(file, 'utf8')) as RelevanceSet;
  set.cases.forEach((one, index) => {
    if (!isLocale(one.locale) || !one.query || one.expected.length === 0)
      throw new Error(`${file}: case ${index + 1} needs a language, a query and expected paths`);
  });
  return set;
}

/** Searches `query` on the search page open in `page`, as a link to it would, and waits until it is shown. */
async function search(page: Page, query: string): Promise<void> {
  await page.evaluate(
    async (fragment) => {
      const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
      location.hash = fragment;
      await changed;
    },
    `q=${encodeURIComponent(query)}`,
  );
  // The element is busy from the change until its results (or none) and any "Did you mean" are shown.
  await page.locator('site-search:not([aria-busy])').waitFor();
}

/** What a case found: the first results, and the word offered for a misspelt query (then searched). */
async function runCase(page: Page, one: RelevanceCase): Promise<CaseOutcome> {
  await search(page, one.query);
  const suggestion = page.locator('site-search [data-suggestion]:not([hidden]) button');
  const offered =
    (await suggestion.count()) > 0 ? ((await suggestion.textContent()) ?? undefined) : undefined;
  // A misspelt query passes when the search offers the right word and that word finds the entries.
  if (one.suggestion && offered === one.suggestion) await search(page, offered);
  const found = await page
    .locator('site-search [data-results-section]:not([hidden]) .result-title a')
    .evaluateAll(
      (links, count) => links.slice(0, count).map((link) => link.getAttribute('href') ?? ''),
      firstResults,
    );
  const passed =
    one.expected.every((path) => found.includes(path)) && (!one.suggestion || offered === one.suggestion);
  return { ...one, found, offered, passed };
}

/** Runs every case on the site at `url` (without a final slash): one search page per language. */
export async function runRelevance(browser: Browser, url: string, set: RelevanceSet): Promise<CaseOutcome[]> {
  const context = await browser.newContext();
  const pages = new Map<Locale, Page>();
  try {
    const outcomes: CaseOutcome[] = [];
    for (const one of set.cases) {
      let page = pages.get(one.locale);
      if (!page) {
        page = await context.newPage();
        await page.goto(`${url}${localizedPath(one.locale, routes.search)}`);
        pages.set(one.locale, page);
      }
      outcomes.push(await runCase(page, one));
    }
    return outcomes;
  } finally {
    await context.close();
  }
}

/** The share of cases that pass, and the score per kind of case and per language, for the bench's output. */
export function relevanceScore(outcomes: readonly CaseOutcome[]) {
  const share = (some: readonly CaseOutcome[]) =>
    some.length === 0 ? 0 : Number((some.filter((one) => one.passed).length / some.length).toFixed(3));
  const by = (key: 'kind' | 'locale') =>
    Object.fromEntries(
      [...new Set(outcomes.map((one) => one[key]))].map((value) => [
        value,
        share(outcomes.filter((one) => one[key] === value)),
      ]),
    );
  return {
    score: share(outcomes),
    cases: outcomes.length,
    byKind: by('kind'),
    byLanguage: by('locale'),
    failed: outcomes
      .filter((one) => !one.passed)
      .map((one) => `${one.locale} “${one.query}”: first ${firstResults} ${JSON.stringify(one.found)}`),
  };
}

/**
 * For `npm run bench`: builds the project's own content (the set names its entries) into a temporary folder,
 * runs the set on it, and gives the score, the score it may not fall below, and the cases that failed.
 */
export async function benchRelevance(port: number) {
  const site = join(tmpdir(), 'bench-relevance');
  const node = process.execPath;
  await rm(site, { recursive: true, force: true });
  await measureCommand(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site], buildEnv);
  await measureCommand(node, ['scripts/build-search-index.ts', site], buildEnv);
  const set = await readRelevanceSet();
  const server = await serve(site, port);
  const browser = await launch();
  try {
    return {
      minimumScore: set.minimumScore,
      ...relevanceScore(await runRelevance(browser, server.url, set)),
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
}
