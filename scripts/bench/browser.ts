/** What a reader's browser loads: first-query search bytes and time, and scripts shipped but unused. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { compressed } from './measure.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static file server for a built site on 127.0.0.1, gzipping text as static hosts do. */
export async function serve(
  site: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(site, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (
      /^(text|application\/json|image\/svg)/.test(type) &&
      /gzip/.test(request.headers['accept-encoding'] ?? '')
    ) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface SearchFigures {
  readonly word: string;
  /** Bytes of Pagefind's files the first query loaded, as a host serving gzip sends them. */
  readonly bytes: number;
  readonly requests: number;
  /** Bytes by kind of Pagefind file (script, wasm, entry, meta, index, filter, fragment), by bundle. */
  readonly files: Record<string, number>;
  /** Milliseconds until the first result is shown (page) or its data has loaded (api). */
  readonly firstResultMs: number;
}

/**
 * Counts what a fresh browser loads from Pagefind's bundles for a query. Pagefind's index chunks and
 * fragments are already compressed; its script, worker and JSON are counted as gzip would send them.
 */
function countSearchBytes(page: Page): { bytes: number; requests: number; files: Record<string, number> } {
  const count = { bytes: 0, requests: 0, files: {} as Record<string, number> };
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    const bundle = /^\/(pagefind[^/]*)\//.exec(path)?.[1];
    if (!bundle) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const bytes = /\.(js|json|css)$/.test(path) ? compressed(body) : body.length;
    const kind =
      /\.pf_(\w+)$/.exec(path)?.[1] ??
      (/wasm/.test(path) ? 'wasm' : /\.json$/.test(path) ? 'entry' : 'script');
    count.bytes += bytes;
    count.requests += 1;
    count.files[`${bundle} ${kind}`] = (count.files[`${bundle} ${kind}`] ?? 0) + bytes;
  });
  return count;
}

/**
 * Stock Pagefind as its documentation uses it: load pagefind.js, search, and load the data of the first
 * five results (what its default interface shows first).
 */
export async function apiSearch(browser: Browser, url: string, word: string): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const count = countSearchBytes(page);
  await page.goto(url);
  const firstResultMs = await page.evaluate(async (term) => {
    const started = performance.now();
    const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
      search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    const { results } = await pagefind.search(term);
    const [first, ...rest] = results.slice(0, 5);
    await first?.data();
    const shown = performance.now() - started;
    await Promise.all(rest.map((result) => result.data()));
    return shown;
  }, word);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { word, ...count, firstResultMs };
}

/** The portal's own search page opened on a word: what a reader who searches loads before results show. */
export async function pageSearch(browser: Browser, url: string, word: string): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const count = countSearchBytes(page);
  await page.goto(`${url}/search/#q=${encodeURIComponent(word)}`);
  await page.waitForSelector('li.result', { timeout: 120_000 });
  const firstResultMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await context.close();
  return { word, ...count, firstResultMs: Math.round(firstResultMs) };
}

/**
 * Custom elements a page defines but does not contain: script shipped for nothing. Records every
 * customElements.define() call and looks for the element after the page has loaded.
 */
export async function unusedCustomElements(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const defined: string[] = [];
    (window as unknown as { definedElements: string[] }).definedElements = defined;
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      defined.push(name);
      define(name, constructor, options);
    };
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const unused = await page.evaluate(() =>
    (window as unknown as { definedElements: string[] }).definedElements.filter(
      (name) => !document.querySelector(name),
    ),
  );
  await context.close();
  return unused;
}
