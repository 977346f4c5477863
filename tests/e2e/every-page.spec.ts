// Every page the build wrote: it loads, has one h1 and its landmarks, the right lang and dir, asks nothing of
// another origin, and (for every sitemap URL in English and Arabic, the two directions) axe finds no WCAG 2.0,
// 2.1 or 2.2 A or AA violation. English and Arabic pages are visited in Chromium in batches, so that the two
// workers share them; French, Spanish and Croatian pages are made by the same templates, so their facts are read
// from the built HTML, which is about forty times faster than loading them.
import { expect, test } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';

const pages = builtPages();
const languageOf = (path: string) => /^\/(fr|es|ar|hr)\//.exec(path)?.[1] ?? 'en';
const sitemap = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
);
const axeLanguages = new Set(['en', 'ar']);
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
};
// axe is loaded into each page as an init script rather than sent in by @axe-core/playwright after each load:
// Chromium then compiles it once per page without a second round trip, which saves about half a second a page.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const batchSize = 12;

test('the build wrote every language of every route', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/hr/events/developing-capacity-conference-2016/');
  // An entry has pages only in the languages it is written in: Arabic readers are sent to the original.
  expect(pages).not.toContain('/ar/events/developing-capacity-conference-2016/');
  expect(new Set(pages.map(languageOf))).toEqual(new Set(['en', 'fr', 'es', 'ar', 'hr']));
});

test('the sitemap lists the pages axe checks, in English and Arabic', () => {
  const english = sitemap.filter((path) => languageOf(path) === 'en');
  const arabic = sitemap.filter((path) => languageOf(path) === 'ar');
  expect(english.length).toBeGreaterThan(20);
  expect(arabic.length).toBeGreaterThan(20);
  // Arabic has the lists and the site's own pages, but no page for an entry not written in Arabic.
  expect(arabic.length).toBeLessThan(english.length);
  for (const path of arabic) expect(english).toContain(path.replace(/^\/ar\//, '/'));
  for (const path of sitemap) expect(pages).toContain(path);
});

/** What every page must have; run in the page (page.evaluate) or on a parsed file, so it takes no closure. */
function pageFacts(page: Document = document) {
  return {
    lang: page.documentElement.lang,
    dir: page.documentElement.dir,
    h1: page.querySelectorAll('h1').length,
    main: page.querySelectorAll('main').length,
    banner: page.querySelectorAll('body > header').length,
    contentinfo: page.querySelectorAll('body > footer').length,
    title: page.title.length > 0,
  };
}

const expectedFacts = (language: string) => ({
  lang: language,
  dir: language === 'ar' ? 'rtl' : 'ltr',
  h1: 1,
  main: 1,
  banner: 1,
  contentinfo: 1,
  title: true,
});

/** Link types with which a `<link>` makes the browser fetch its `href`. */
const fetchedLinks = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

/** Every address a parsed page makes the browser fetch: sources, fetched links, and `url()` in styles. */
function fetchedAddresses(page: Document): string[] {
  const sources = [...page.querySelectorAll('[src], [srcset], [poster], object[data], link[href]')].flatMap(
    (element) => {
      if (element.localName === 'link' && !fetchedLinks.test(element.getAttribute('rel') ?? '')) return [];
      const srcset = (element.getAttribute('srcset') ?? '')
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0]!);
      return [
        element.getAttribute('src'),
        element.getAttribute('poster'),
        element.getAttribute('data'),
        ...srcset,
      ]
        .concat(element.localName === 'link' ? [element.getAttribute('href')] : [])
        .filter((address): address is string => Boolean(address));
    },
  );
  const styles = [...page.querySelectorAll('style, [style]')].flatMap((element) =>
    [
      ...(element.localName === 'style' ? element.textContent : element.getAttribute('style'))!.matchAll(
        /url\(\s*['"]?([^'")]+)/g,
      ),
    ].map((match) => match[1]!),
  );
  return [...sources, ...styles];
}

const parser = new new Window().DOMParser();

for (const language of ['fr', 'es', 'hr']) {
  test(`${language} pages, read from the build, have one h1, lang and dir, and fetch from our origin only`, () => {
    const origin = 'http://127.0.0.1';
    for (const path of pages.filter((page) => languageOf(page) === language)) {
      const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
      const parsed = parser.parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
      expect.soft(pageFacts(parsed), path).toEqual(expectedFacts(language));
      // The policy makes the browser refuse any other origin; the page does not even ask for one.
      expect
        .soft(
          parsed.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'),
          path,
        )
        .toContain("default-src 'self'");
      const foreign = fetchedAddresses(parsed).filter(
        (address) => new URL(address, origin + path).origin !== origin,
      );
      expect.soft(foreign, path).toEqual([]);
    }
  });
}

for (const language of axeLanguages) {
  const paths = pages.filter((path) => languageOf(path) === language);
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch = paths.slice(start, start + batchSize);
    test(`${language} pages ${start + 1}–${start + batch.length} render with one h1, lang and dir, from our origin only, and pass axe`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(batch.length * 20_000);
      await page.addInitScript({ path: axeSource });
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) foreign.push(request.url());
      });

      for (const path of batch) {
        const response = await page.goto(path, { waitUntil: 'load' });
        if (path !== '/404.html') expect.soft(response?.status(), path).toBe(200);
        expect.soft(await page.evaluate(pageFacts, undefined), path).toEqual(expectedFacts(language));
        if (sitemap.includes(path)) {
          const { violations } = await page.evaluate(
            (options) =>
              (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(
                options,
              ),
            axeOptions,
          );
          const found = violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
          expect.soft(found, path).toEqual([]);
        }
      }
      // Page scripts request nothing until a reader searches, so everything has been requested once `load` fires.
      expect(foreign).toEqual([]);
    });
  }
}
