// Every page the build wrote, visited once: it loads, has one h1 and its landmarks, the right lang and dir, asks
// nothing of another origin, and (for every sitemap URL in English and Arabic, the two directions) axe finds no
// WCAG 2.0, 2.1 or 2.2 A or AA violation. Pages are checked in batches, so that the two workers share them.
import { expect, test } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

for (const language of ['en', 'fr', 'es', 'ar', 'hr']) {
  const paths = pages.filter((path) => languageOf(path) === language);
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch = paths.slice(start, start + batchSize);
    const axe = axeLanguages.has(language);
    test(`${language} pages ${start + 1}–${start + batch.length} render with one h1, lang and dir, from our origin only${axe ? ', and pass axe' : ''}`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(batch.length * (axe ? 20_000 : 4_000));
      if (axe) await page.addInitScript({ path: axeSource });
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin) foreign.push(request.url());
      });

      for (const path of batch) {
        const response = await page.goto(path, { waitUntil: 'load' });
        if (path !== '/404.html') expect.soft(response?.status(), path).toBe(200);
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
          banner: document.querySelectorAll('body > header').length,
          contentinfo: document.querySelectorAll('body > footer').length,
          title: document.title.length > 0,
        }));
        expect.soft(facts, path).toEqual({
          lang: language,
          dir: language === 'ar' ? 'rtl' : 'ltr',
          h1: 1,
          main: 1,
          banner: 1,
          contentinfo: 1,
          title: true,
        });
        if (axe && sitemap.includes(path)) {
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
