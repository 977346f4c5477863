// axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation on any URL of the sitemap, in English and Arabic.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const language of ['en', 'ar']) {
  const ofLanguage = paths.filter((path) =>
    language === 'en' ? !/^\/(fr|es|ar|hr)\//.test(path) : path.startsWith('/ar/'),
  );

  test(`axe finds no WCAG 2.2 AA violation on the ${ofLanguage.length} ${language} pages of the sitemap`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + ofLanguage.length * 4_000);
    expect(ofLanguage.length).toBeGreaterThan(20);
    for (const path of ofLanguage) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect
        .soft(
          violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
          path,
        )
        .toEqual([]);
    }
  });
}
