// Pagination as readers meet it in a library of more notes than a page holds, and a home page that lists only
// the largest networks: the seed has five notes and one network, so this builds a generated corpus of 60 (the
// benchmark's generator, in a temporary folder) and serves it.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/bench/browser.ts';
import { writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildCorpus } from './astro-build.ts';

const run = promisify(execFile);
const port = Number(process.env['PAGINATION_PORT'] ?? 4371);
let site: Awaited<ReturnType<typeof serve>> | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const corpus = await writeCorpus(60, 3);
  const outDir = await mkdtemp(join(tmpdir(), 'px-pagination-'));
  const env = { ...process.env, CONTENT_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1' };
  await buildCorpus(corpus, outDir);
  await run(process.execPath, ['scripts/build-search-index.ts', outDir], { env });
  site = await serve(outDir, port);
});

test.afterAll(async () => {
  await site?.close();
});

const cards = (page: Page) => page.locator('[data-results] .card-item');
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the library shows 24 notes a page and links the others', async ({ page }) => {
    await page.goto(`${site!.url}/practices/`);
    await expect(cards(page)).toHaveCount(24);
    await expect(pages(page).getByRole('link', { name: 'page 1 of 3' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await pages(page).getByRole('link', { name: 'page 3 of 3' }).click();
    await expect(page).toHaveURL(/\/practices\/page\/3\/$/);
    await expect(cards(page)).toHaveCount(12);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice notes');
    await pages(page).getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(/\/practices\/page\/2\/$/);
    await expect(pages(page).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/practices/page/3/',
    );
  });
});

test('with JavaScript, pages of a filtered list follow the address and the back button', async ({ page }) => {
  await page.goto(`${site!.url}/practices/?page=2`);
  await expect(page.locator('practice-library').getByRole('status')).toHaveText('60 practice notes');
  await expect(cards(page)).toHaveCount(24);
  await expect(pages(page).getByRole('link', { name: 'page 2 of 3' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const secondPage = await cards(page).locator('.title').allTextContents();

  await pages(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/practices\/\?page=3$/);
  await expect(cards(page)).toHaveCount(12);
  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/\?page=2$/);
  await expect(cards(page).locator('.title')).toHaveText(secondPage);
});

test('the home page shows the three largest of six networks and links to all of them', async ({ page }) => {
  await page.goto(`${site!.url}/`);
  const networks = page.getByRole('region', { name: 'Networks' });
  await expect(networks.locator('.card-item')).toHaveCount(3);
  await networks.getByRole('link', { name: 'All networks' }).click();
  await expect(page).toHaveURL(/\/networks\/$/);
  await expect(page.locator('main .card-item')).toHaveCount(6);
});

test('every event is on the page of its year, which the events page links with its count', async ({
  page,
}) => {
  await page.goto(`${site!.url}/events/`);
  const years = page.getByRole('navigation', { name: 'Events by year' }).getByRole('listitem');
  const archive = await Promise.all(
    (await years.all()).map(async (year) => ({
      year: (await year.getByRole('link').textContent())!.trim(),
      count: Number(await year.locator('.option-count [aria-hidden]').textContent()),
    })),
  );
  // Where the eye sees a number, a screen reader hears what it counts.
  for (const [index, { year, count }] of archive.entries())
    await expect(years.nth(index)).toMatchAriaSnapshot(
      `- listitem:\n  - link "${year}"\n  - text: ${count} ${count === 1 ? 'event' : 'events'}`,
    );
  expect(archive.length).toBeGreaterThan(1);
  expect(archive.reduce((sum, { count }) => sum + count, 0)).toBe(6);

  for (const { year, count } of archive) {
    await page.goto(`${site!.url}/events/`);
    await page.getByRole('navigation', { name: 'Events by year' }).getByRole('link', { name: year }).click();
    await expect(page).toHaveURL(new RegExp(`/events/year/${year}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Events in ${year}`);
    await expect(page.locator('main .card-item')).toHaveCount(count);
    for (const date of await page.locator('main .card-item .eyebrow').allTextContents())
      expect(date).toContain(year);
  }
});
