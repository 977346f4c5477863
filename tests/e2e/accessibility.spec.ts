// axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation on any URL of the sitemap, in English and Arabic.
// Pages are checked in small batches, so that the two workers share them and a slow machine stays in time.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const batchSize = 8;

const byLanguage = {
  en: paths.filter((path) => !/^\/(fr|es|ar|hr)\//.test(path)),
  ar: paths.filter((path) => path.startsWith('/ar/')),
};

test('the sitemap lists the English and Arabic pages', () => {
  expect(byLanguage.en.length).toBeGreaterThan(20);
  expect(byLanguage.ar.length).toBeGreaterThan(20);
  // Arabic has the lists and the site's own pages, but no page for an entry not written in Arabic.
  expect(byLanguage.ar.length).toBeLessThan(byLanguage.en.length);
  for (const path of byLanguage.ar) expect(byLanguage.en).toContain(path.replace(/^\/ar\//, '/'));
});

for (const [language, list] of Object.entries(byLanguage)) {
  for (let start = 0; start < list.length; start += batchSize) {
    const batch = list.slice(start, start + batchSize);
    test(`axe finds no WCAG 2.2 AA violation on ${language} sitemap pages ${start + 1}–${start + batch.length}`, async ({
      page,
    }) => {
      test.setTimeout(batch.length * 20_000);
      for (const path of batch) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        const found = violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect.soft(found, path).toEqual([]);
      }
    });
  }
}
