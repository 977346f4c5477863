// `npm run bench -- --entries N [--repeat R] [--edit] [--check]`: builds the portal and a bare Astro baseline on
// one generated corpus, alternating, and prints their figures as JSON; --edit also measures publishing (three
// edits, each rebuilt incrementally, and the identity check); --check exits 1 when a budget is broken.
// How each figure is measured: docs/performance.md.
import { libraryPath, routes } from '../../src/core/routes.ts';
import { readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiSearch, launch, pageSearch, serve, unusedCustomElements } from './browser.ts';
import { brokenBudgets, budgets, type BudgetInput } from './budgets.ts';
import { benchRelevance } from './relevance.ts';
import { writeCorpus } from './generate-corpus.ts';
import { buildEnv } from './build-env.ts';
import { measurePublishing } from './publishing.ts';
import {
  folderBytes,
  frameBytes,
  htmlPages,
  measureCommand,
  median,
  pageWeight,
  type PageWeight,
  type RunFigures,
} from './measure.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    repeat: { type: 'string' },
    check: { type: 'boolean', default: false },
    /** Measure publishing: incremental rebuilds after three kinds of edit, and their identity with a cold build. */
    edit: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    /** Keep the corpora and builds in the temporary folder, to look into them. */
    keep: { type: 'boolean', default: false },
  },
});
const entries = Number(values.entries);
/** Builds of each site at N: two where they are quick enough to repeat, one at 5,000 entries and more. */
const repeat = Number(values.repeat ?? (entries < 5000 ? 2 : 1));
/** The small corpus whose build is subtracted, so that build time and memory are per extra entry. */
const baseEntries = 10;
/** Typical words: on most pages, on many, and on a few. */
const words = ['trafficking', 'referral', 'interpreter'];

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const env = (corpus: string) => ({ ...buildEnv, CONTENT_DIR: corpus });

interface BuildFigures {
  readonly astro: RunFigures;
  readonly index: RunFigures;
}

const sites = {
  /** The whole portal, as `npm run build` makes it: Astro (with its content check), then both search indexes. */
  portal: async (corpus: string, out: string): Promise<BuildFigures> => ({
    astro: await measureCommand(node, [astro, 'build', '--force', '--outDir', out], env(corpus)),
    index: await measureCommand(node, ['scripts/build-search-index.ts', out], env(corpus)),
  }),
  /** bench/bare: one page per entry, and stock Pagefind's command line. */
  bare: async (corpus: string, out: string): Promise<BuildFigures> => ({
    astro: await measureCommand(
      node,
      [astro, 'build', '--force', '--root', 'bench/bare', '--outDir', out],
      env(corpus),
    ),
    index: await measureCommand(
      node,
      ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out],
      env(corpus),
    ),
  }),
};
type Site = keyof typeof sites;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

const out = (site: Site, size: number) => join(tmpdir(), `bench-${site}-${size}`);

/** Builds both sites `times` times, alternating, and keeps the figures of each build. */
async function buildBoth(corpus: string, size: number, times: number) {
  const runs: Record<Site, BuildFigures[]> = { portal: [], bare: [] };
  for (let run = 0; run < times; run++)
    for (const site of ['portal', 'bare'] as const) {
      await rm(out(site, size), { recursive: true, force: true });
      runs[site].push(await sites[site](corpus, out(site, size)));
      console.error(`built ${site} at ${size} entries (${run + 1}/${times})`);
    }
  const summary = (site: Site) => {
    const astroSeconds = median(runs[site].map((run) => run.astro.seconds));
    const indexSeconds = median(runs[site].map((run) => run.index.seconds));
    return {
      astroSeconds: round(astroSeconds),
      indexSeconds: round(indexSeconds),
      seconds: round(astroSeconds + indexSeconds),
      peakRssBytes: Math.max(
        ...runs[site].flatMap((run) => [run.astro.peakRssBytes, run.index.peakRssBytes]),
      ),
      /** Every run: seconds and peak RSS of Astro, then of the indexer. */
      runs: runs[site].map((run) => ({
        astro: [round(run.astro.seconds), run.astro.peakRssBytes],
        index: [round(run.index.seconds), run.index.peakRssBytes],
      })),
    };
  };
  return { portal: summary('portal'), bare: summary('bare') };
}

/** The first page whose path matches, for a template's sample. */
function first(pages: readonly string[], pattern: RegExp): string | undefined {
  return pages.find((page) => pattern.test(page));
}

/** Sample pages of each portal template, English unless the template is about another language. */
function portalTemplates(pages: readonly string[]) {
  const samples: Record<string, string | undefined> = {
    home: routes.home,
    library: routes.practices,
    'library page 2': libraryPath([], 2),
    'library facet': first(pages, /^\/practices\/organisation\/[^/]+\/$/),
    'library facet page 2': first(pages, /^\/practices\/theme\/[^/]+\/2\/$/),
    practice: first(pages, /^\/practices\/practice-[^/]+\/$/),
    event: first(pages, /^\/events\/event-[^/]+\/$/),
    events: routes.events,
    network: first(pages, /^\/networks\/network-[^/]+\/$/),
    networks: routes.networks,
    organisation: first(pages, /^\/organisations\/org-[^/]+\/$/),
    organisations: routes.organisations,
    country: first(pages, /^\/countries\/[a-z]{2}\/$/),
    countries: routes.countries,
    theme: first(pages, /^\/themes\/[^/]+\/$/),
    search: routes.search,
  };
  return Object.fromEntries(
    Object.entries(samples).filter(
      (entry): entry is [string, string] => Boolean(entry[1]) && pages.includes(entry[1] as string),
    ),
  );
}

/** English practice pages of a build, up to `count`, spread over the corpus. */
function practicePages(pages: readonly string[], pattern: RegExp, count = 25): string[] {
  const all = pages.filter((page) => pattern.test(page));
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, index) => index % step === 0).slice(0, count);
}

async function practiceFigures(site: string, pages: readonly string[]) {
  const sample = practicePages(pages, /^\/practices\/practice-[^/]+\/$/);
  const weights = await Promise.all(sample.map((page) => pageWeight(site, page)));
  const frames = await Promise.all(
    sample.map(async (page) => frameBytes(await readFile(join(site, page, 'index.html'), 'utf8'))),
  );
  return {
    html: median(weights.map((w) => w.html)),
    total: median(weights.map((w) => w.total)),
    frame: median(frames),
  };
}

const corpus = await writeCorpus(entries, Number(values.seed));
const baseCorpus = await writeCorpus(baseEntries, Number(values.seed));
console.error(`corpora: ${corpus} and ${baseCorpus}`);

const base = await buildBoth(baseCorpus, baseEntries, 1);
const basePages = await htmlPages(out('portal', baseEntries));
const baseFrame = (await practiceFigures(out('portal', baseEntries), basePages)).frame;
const atN = await buildBoth(corpus, entries, repeat);
const publishOut = join(tmpdir(), `bench-publish-${entries}`);
const coldCorpus = `${corpus}-cold`;
const coldOut = join(tmpdir(), `bench-publish-cold-${entries}`);
const publishing = values.edit
  ? await measurePublishing(corpus, publishOut, coldCorpus, coldOut, (line) => console.error(line))
  : undefined;
// Astro's content cache (.astro/, node_modules/.astro/) now points at the last corpus, and a plain build would
// reuse it: rebuild it for the project's own content.
await measureCommand(node, [astro, 'sync', '--force'], buildEnv);

const portalSite = out('portal', entries);
const bareSite = out('bare', entries);
const portalPages = await htmlPages(portalSite);
const barePages = await htmlPages(bareSite);
const templates = portalTemplates(portalPages);
const weights: Record<string, PageWeight> = {};
for (const [template, page] of Object.entries(templates))
  weights[template] = await pageWeight(portalSite, page);
const barePractice = first(barePages, /^\/practices\/en\/practice-[^/]+\/$/) as string;
const practice = await practiceFigures(portalSite, portalPages);

const browser = await launch();
const portalServer = await serve(portalSite, Number(process.env['BENCH_PORT'] ?? 4361));
const bareServer = await serve(bareSite, Number(process.env['BENCH_PORT'] ?? 4361) + 1);
const search = [];
const unusedScripts: string[] = [];
try {
  for (const word of words)
    search.push({
      word,
      portalPage: await pageSearch(browser, portalServer.url, word),
      portalApi: await apiSearch(browser, `${portalServer.url}/`, word),
      bare: await apiSearch(browser, `${bareServer.url}${barePractice}`, word),
    });
  for (const [template, page] of Object.entries(templates))
    for (const element of await unusedCustomElements(browser, `${portalServer.url}${page}`))
      unusedScripts.push(`${template} (${page}) defines <${element}>`);
} finally {
  await browser.close();
  await portalServer.close();
  await bareServer.close();
}

/** Seconds or bytes per 1,000 entries beyond the base corpus. */
const marginal = (atSize: number, atBase: number) => ((atSize - atBase) / (entries - baseEntries)) * 1000;
const marginalBuildSeconds = {
  portal: marginal(atN.portal.seconds, base.portal.seconds),
  bare: marginal(atN.bare.seconds, base.bare.seconds),
};
const budgetInput: BudgetInput = {
  entries,
  peakRssBytes: { portal: atN.portal.peakRssBytes, bare: atN.bare.peakRssBytes },
  practicePage: { ...practice, frameAtBase: baseFrame },
  searchBytes: search.map(({ word, portalPage, portalApi, bare }) => ({
    word,
    portal: portalPage.bytes,
    stock: portalApi.bytes,
    bare: bare.bytes,
  })),
  unusedScripts,
  publishing,
};
const broken = brokenBudgets(budgetInput);
// The search's relevance set, on the project's own content (whatever N), served on the portal's port, free
// again: its score may rise, never fall.
const relevance = await benchRelevance(Number(process.env['BENCH_PORT'] ?? 4361));
if (relevance.score < relevance.minimumScore)
  broken.push(`search relevance is ${relevance.score} (at least ${relevance.minimumScore})`);

const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${round(totalmem() / 1024 ** 3, 1)} GB, Node ${process.version}`,
  entries,
  repeat,
  compression:
    'gzip level 6 (HTML, CSS, JS, Pagefind JS and JSON); Pagefind index files as written (already compressed)',
  pages: {
    portal: portalPages.length,
    bare: barePages.length,
    ratio: round(portalPages.length / barePages.length),
  },
  build: {
    portal: atN.portal,
    bare: atN.bare,
    base: { entries: baseEntries, portal: base.portal, bare: base.bare },
    ratio: {
      astro: round(atN.portal.astroSeconds / atN.bare.astroSeconds),
      index: round(atN.portal.indexSeconds / atN.bare.indexSeconds),
      total: round(atN.portal.seconds / atN.bare.seconds),
    },
    marginalSecondsPer1000: {
      portal: round(marginalBuildSeconds.portal),
      bare: round(marginalBuildSeconds.bare),
      ratio: round(marginalBuildSeconds.portal / marginalBuildSeconds.bare),
      astroPortal: round(marginal(atN.portal.astroSeconds, base.portal.astroSeconds)),
      astroBare: round(marginal(atN.bare.astroSeconds, base.bare.astroSeconds)),
      indexPortal: round(marginal(atN.portal.indexSeconds, base.portal.indexSeconds)),
      indexBare: round(marginal(atN.bare.indexSeconds, base.bare.indexSeconds)),
    },
  },
  peakRssBytes: {
    portal: atN.portal.peakRssBytes,
    bare: atN.bare.peakRssBytes,
    ratio: round(atN.portal.peakRssBytes / atN.bare.peakRssBytes),
  },
  distBytes: {
    portal: await folderBytes(portalSite),
    bare: await folderBytes(bareSite),
  },
  indexBytes: {
    portal:
      (await folderBytes(join(portalSite, 'pagefind'))) +
      (await folderBytes(join(portalSite, 'pagefind-all'))),
    bare: await folderBytes(join(bareSite, 'pagefind')),
  },
  templates: Object.fromEntries(
    Object.entries(weights).map(([name, weight]) => [name, { page: templates[name], ...weight }]),
  ),
  practicePage: {
    sampled: 'median of 25 English practice pages',
    ...practice,
    frameAtBase: baseFrame,
    bare: await pageWeight(bareSite, barePractice),
  },
  search: search.map(({ word, portalPage, portalApi, bare }) => ({
    word,
    portalPage: {
      bytes: portalPage.bytes,
      requests: portalPage.requests,
      firstResultMs: portalPage.firstResultMs,
      files: portalPage.files,
    },
    portalApi: {
      bytes: portalApi.bytes,
      requests: portalApi.requests,
      firstResultMs: round(portalApi.firstResultMs, 0),
    },
    bare: {
      bytes: bare.bytes,
      requests: bare.requests,
      firstResultMs: round(bare.firstResultMs, 0),
      files: bare.files,
    },
    ratio: round(portalPage.bytes / bare.bytes),
    ratioToStock: round(portalPage.bytes / portalApi.bytes),
  })),
  unusedScripts,
  relevance,
  publishing,
  budgets,
  broken,
};
console.log(JSON.stringify(result, null, 2));

/** Astro's cache folder of a corpus, as astro.config.mjs names it. */
const cacheOf = (folder: string) => join('node_modules/.astro/corpora', folder.replace(/[^\w.-]+/g, '_'));
const folders = [
  corpus,
  baseCorpus,
  ...(values.edit ? [publishOut, coldCorpus, coldOut, cacheOf(corpus), cacheOf(coldCorpus)] : []),
  ...[entries, baseEntries].flatMap((size) => [out('portal', size), out('bare', size)]),
];
if (values.keep) console.error(`kept: ${folders.join(' ')}`);
else for (const folder of folders) await rm(folder, { recursive: true, force: true });

if (values.check && broken.length > 0) {
  for (const problem of broken) console.error(`over budget: ${problem}`);
  process.exit(1);
}
