// The practice library as a caseworker uses it: a vulnerable group and a stage of response in two choices, a
// view to share by its address, the back button, orders, and the same reach without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { exportColumns } from '../../src/library/open-data-columns.ts';

const filters = (page: Page, name = 'Filter practice notes') => page.getByRole('navigation', { name });
const cards = (page: Page) => page.locator('[data-results] .card .title a');
const status = (page: Page) => page.locator('practice-library').getByRole('status');

/** Waits for the filtered list to settle, then reads its titles. */
async function titles(page: Page): Promise<string[]> {
  await expect(page.locator('practice-library')).not.toHaveAttribute('aria-busy', 'true');
  return cards(page).allTextContents();
}

test('two choices narrow the library to a group at a stage, and the address shares the view', async ({
  page,
}) => {
  await page.goto('/practices/');
  await expect(status(page)).toHaveText('5 practice notes');
  await filters(page).getByRole('checkbox', { name: 'Domestic workers' }).check();
  await filters(page).getByRole('checkbox', { name: 'Data and trends' }).check();

  await expect(page).toHaveURL(/\/practices\/\?theme=data-and-trends&group=domestic-workers$/);
  await expect(status(page)).toHaveText('1 practice note');
  expect(await titles(page)).toEqual(['A British Red Cross database of trafficking-specific information']);
  // Counts say what each option would show with the other choices: no referral note for domestic workers.
  const referral = filters(page)
    .getByRole('listitem')
    .filter({ hasText: /^\s*Referral\s*\d/ });
  await expect(referral).toContainText('0');
  // Each box names what its number counts, for screen readers that would otherwise hear a bare number.
  await expect(
    filters(page).getByRole('checkbox', { name: 'Referral', exact: true }),
  ).toHaveAccessibleDescription('0 practice notes');
  await expect(filters(page).getByRole('checkbox', { name: 'Domestic workers' })).toHaveAccessibleDescription(
    '1 practice note',
  );

  // Shared: the address alone opens the same view.
  await page.goto(page.url());
  await expect(filters(page).getByRole('checkbox', { name: 'Domestic workers' })).toBeChecked();
  await expect(filters(page).getByRole('checkbox', { name: 'Data and trends' })).toBeChecked();
  expect(await titles(page)).toEqual(['A British Red Cross database of trafficking-specific information']);
});

test('on a slow connection a shared view says it is finding notes, not the whole library’s count', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind-library/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/practices/?group=domestic-workers');
  await expect(filters(page).getByRole('checkbox', { name: 'Domestic workers' })).toBeChecked();
  await expect(status(page)).toHaveText('Finding practice notes…');
  release();
  await expect(status(page)).toHaveText('1 practice note');
});

test('on a phone the count stays in sight while the reader ticks options, and never hides the focused one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/practices/');
  const box = filters(page).getByRole('checkbox', { name: 'Domestic workers' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('1 practice note');
  await expect(status(page)).toBeInViewport();
  // Tabbing down the options: each one comes into view above the count.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const [option, count] = await Promise.all([focused.boundingBox(), status(page).boundingBox()]);
  expect(option!.y + option!.height).toBeLessThanOrEqual(count!.y);
});

test('a facet page hands over to the library with focus on the box the reader used', async ({ page }) => {
  await page.goto('/practices/group/domestic-workers/');
  const box = filters(page).getByRole('checkbox', { name: 'Data and trends' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/practices\/\?theme=data-and-trends&group=domestic-workers$/);
  await expect(status(page)).toHaveText('1 practice note');
  await expect(filters(page).getByRole('checkbox', { name: 'Data and trends' })).toBeFocused();
});

test('values of one facet add up, facets narrow, and back undoes one choice at a time', async ({ page }) => {
  await page.goto('/practices/');
  await filters(page).getByRole('checkbox', { name: 'Tool or template' }).check();
  await expect(status(page)).toHaveText('1 practice note');
  await filters(page).getByRole('checkbox', { name: 'Case study' }).check();
  await expect(status(page)).toHaveText('2 practice notes');
  await filters(page).getByRole('checkbox', { name: 'Domestic workers' }).check();
  await expect(status(page)).toHaveText('1 practice note');

  await page.goBack();
  await expect(status(page)).toHaveText('2 practice notes');
  await expect(filters(page).getByRole('checkbox', { name: 'Domestic workers' })).not.toBeChecked();
  await page.goBack();
  await expect(status(page)).toHaveText('1 practice note');

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(status(page)).toHaveText('5 practice notes');
  await expect(page).toHaveURL(/\/practices\/$/);
});

test('the library sorts by title and by newest, and keeps the order in the address', async ({ page }) => {
  await page.goto('/practices/');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title, A to Z' });
  await expect(page).toHaveURL(/\?sort=title$/);
  const byTitle = await titles(page);
  expect(byTitle).toHaveLength(5);
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'en')));

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' });
  await expect(page).toHaveURL(/\/practices\/$/);
  expect(await titles(page)).not.toEqual(byTitle);
});

test('in French the library filters too, and marks notes that are not translated', async ({ page }) => {
  await page.goto('/fr/practices/');
  await filters(page, 'Filtrer les fiches')
    .getByRole('checkbox', { name: 'Travailleurs domestiques' })
    .check();
  await expect(status(page)).toHaveText('1 fiche de pratique');
  await expect(cards(page).first()).toHaveText(
    'A British Red Cross database of trafficking-specific information',
  );
  await expect(page.locator('[data-results] .title').first()).toHaveAttribute('lang', 'en');
  // Not written in French, so the card leads to the English original, at the notice for French readers.
  await expect(cards(page).first()).toHaveAttribute(
    'href',
    '/practices/trafficking-information-database/#not-in-fr',
  );
});

test('in Croatian the filtered cards are the Croatian notes, with no mark of another language', async ({
  page,
}) => {
  await page.goto('/hr/practices/');
  await page.locator('practice-library input[value="domestic-workers"]').check();
  await expect(status(page)).toHaveText('1 primjer prakse');
  const card = page.locator('[data-results] .card-item');
  await expect(card).toHaveCount(1);
  await expect(card).not.toHaveAttribute('data-untranslated');
  await expect(card.locator('.title')).not.toHaveAttribute('lang');
  await expect(card.locator('.title a')).toHaveAttribute(
    'href',
    '/hr/practices/trafficking-information-database/',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('links reach a group at a stage in two steps, with counts of what each link opens', async ({
    page,
  }) => {
    await page.goto('/practices/');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeHidden();
    await filters(page).getByRole('link', { name: 'Domestic workers' }).click();
    await expect(page).toHaveURL(/\/practices\/group\/domestic-workers\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice notes: Domestic workers');
    await expect(filters(page).getByRole('listitem').filter({ hasText: 'Data and trends' })).toContainText(
      '1',
    );
    // A screen reader hears what the number counts.
    await expect(filters(page).getByRole('listitem').filter({ hasText: 'Data and trends' }))
      .toMatchAriaSnapshot(`
      - listitem:
        - link "Data and trends"
        - text: 1 practice note
    `);
    // A stage with no note for this group is not a link to an empty list.
    await expect(filters(page).getByRole('link', { name: 'Referral', exact: true })).toHaveCount(0);

    await filters(page).getByRole('link', { name: 'Data and trends' }).click();
    await expect(page).toHaveURL(/\/practices\/theme\/data-and-trends\/group\/domestic-workers\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Practice notes: Data and trends, Domestic workers',
    );
    await expect(cards(page)).toHaveText([
      'A British Red Cross database of trafficking-specific information',
    ]);
    await page.getByRole('link', { name: 'All practice notes' }).click();
    await expect(page).toHaveURL(/\/practices\/$/);
  });
});

test('the library links its data as CSV and JSON, a row and an object for each note', async ({
  page,
  request,
}) => {
  await page.goto('/practices/');
  const csvLink = page.getByRole('link', { name: 'CSV' });
  const jsonLink = page.getByRole('link', { name: 'JSON' });

  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const [header, ...rows] = parse(await csv.text(), { bom: true }) as string[][];
  expect(header).toEqual(exportColumns.map(({ name }) => name));
  expect(rows).toHaveLength(5);
  const database = rows.find((row) => row[0] === 'trafficking-information-database')!;
  expect(database[header!.indexOf('groups')]).toBe(
    'women-at-risk; domestic-workers; roma-communities; undocumented-workers',
  );

  const json = (await (await request.get((await jsonLink.getAttribute('href'))!)).json()) as Record<
    string,
    unknown
  >[];
  expect(json.map((note) => note['id']).sort()).toEqual(rows.map((row) => row[0]).sort());
  expect(json[0]).toMatchObject({
    type: expect.any(String),
    themes: expect.any(Array),
    languages: expect.arrayContaining(['en']),
  });
});

test('a stage of response has a feed of its notes and events, linked from its page', async ({
  page,
  request,
}) => {
  await page.goto('/themes/training/');
  await expect(page.locator('head link[rel="alternate"][title^="Training"]')).toHaveAttribute(
    'href',
    /\/themes\/training\/rss\.xml$/,
  );
  const link = page.getByRole('link', { name: 'Follow new practice notes here by RSS' });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await page.evaluate(
    (text) => {
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        title: xml.querySelector('channel > title')?.textContent,
        links: [...xml.querySelectorAll('item > link')].map((item) => new URL(item.textContent!).pathname),
      };
    },
    await response.text(),
  );
  expect(feed.error).toBeNull();
  expect(feed.title).toBe('Training: new practice notes and events');
  expect(feed.links.sort()).toEqual([
    '/events/developing-capacity-conference-2016/',
    '/practices/casework-e-module-and-training/',
    '/practices/frontline-identification-e-module/',
  ]);
});

test('a practice note prints without navigation, writing out where its links go', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/practices/caseworker-referral-pathways-and-guidance/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('searchbox').first()).toBeHidden();
  // Printed, the address is part of the link's text, and so of its name.
  const stage = page.getByRole('main').getByRole('link', { name: 'Referral (/themes/referral/)' });
  expect(await stage.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
    '" (/themes/referral/)"',
  );
});
