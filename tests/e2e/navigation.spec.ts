// A reader finds their way: the main navigation, breadcrumbs, languages and the keyboard.
import { expect, test } from '@playwright/test';

const sections = [
  { link: 'Practices', heading: 'Practice notes' },
  { link: 'Events', heading: 'Events' },
  { link: 'Networks', heading: 'Networks' },
  { link: 'Organisations', heading: 'Organisations' },
  { link: 'Search', heading: 'Search' },
];

for (const { link, heading } of sections) {
  test(`the main navigation reaches ${link}`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }),
    ).toHaveAttribute('aria-current', 'page');
  });
}

test('a reader goes from the home page to a practice note and back through the breadcrumbs', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /Referral pathways and guidance documents/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Referral pathways and guidance documents for caseworkers',
  );
  await expect(
    page.getByRole('complementary').or(page.getByRole('region', { name: 'About this practice' })),
  ).toContainText('Referral pathway');
  await page
    .getByRole('navigation', { name: 'You are here' })
    .getByRole('link', { name: 'Practice notes' })
    .click();
  await expect(page).toHaveURL(/\/practices\/$/);
});

test('the 2016 conference shows its outputs and links every practice presented', async ({ page }) => {
  await page.goto('/events/');
  await page
    .getByRole('link', { name: 'Developing capacity to identify and to respond to trafficking' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Outputs' })).toBeVisible();
  const presented = page.getByRole('region', { name: 'Practices presented' }).getByRole('link');
  await expect(presented).toHaveCount(5);
});

test('the PROTECT network lists its four partners and its conference', async ({ page }) => {
  await page.goto('/networks/protect/');
  const members = page.getByRole('region', { name: 'Members', exact: true });
  for (const name of [
    'British Red Cross',
    'Croatian Red Cross',
    'International Centre for Migration Policy Development (ICMPD)',
    'Office for Human Rights and National Minorities of Croatia (OHRNM)',
  ]) {
    await expect(members.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Meetings and events' }).getByRole('link')).toHaveCount(1);
});

test('an organisation page lists its practice notes', async ({ page }) => {
  await page.goto('/organisations/british-red-cross/');
  await expect(
    page.getByRole('region', { name: 'Practice notes', exact: true }).getByRole('link'),
  ).toHaveCount(5);
});

test("a funder's page lists the networks it funds", async ({ page }) => {
  await page.goto('/organisations/eu-isec/');
  await expect(page.getByRole('region', { name: 'Networks' }).getByRole('link')).toHaveText([
    'PROTECT project',
  ]);
});

test('the language switcher keeps the reader on the same entry, or leads to its original with a notice', async ({
  page,
}) => {
  await page.goto('/practices/trafficking-information-database/');
  await page.getByText('English', { exact: true }).first().click();
  await page.getByRole('link', { name: 'Français' }).first().click();
  // Not written in French: the English original, with the notice for French readers, in French.
  await expect(page).toHaveURL(/\/practices\/trafficking-information-database\/#not-in-fr$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('note')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('note')).toContainText('l’original en anglais');
  // Croatian has a translation: the switcher leads to it, without a notice.
  await page.getByText('English', { exact: true }).first().click();
  await page.getByRole('link', { name: 'Hrvatski' }).first().click();
  await expect(page).toHaveURL(/\/hr\/practices\/trafficking-information-database\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Baza podataka Britanskog Crvenog križa s informacijama o trgovanju ljudima',
  );
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/practices/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the language menu closes on Escape and when focus or a click leaves it, never hiding what has focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const summary = page.locator('.language-switcher summary');
  const menu = page.getByRole('list', { name: 'Read this page in another language' });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(summary).toBeFocused();

  await page.keyboard.press('Enter');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Hrvatski' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();

  await summary.click();
  await expect(menu).toBeVisible();
  // A click on the page below the open menu.
  await page.mouse.click(10, 650);
  await expect(menu).toBeHidden();
});

test('an unknown address answers 404 with a way home in every language', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(5);
});

test('pages read at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    '/practices/frontline-identification-e-module/',
    '/ar/',
    '/events/developing-capacity-conference-2016/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a page reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practices/caseworker-referral-pathways-and-guidance/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.prose')).toContainText('referral pathways and guidance documents');
  await context.close();
});

test('robots.txt keeps crawlers out of the editor and points them to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap-index\.xml$/);
  const index = await request.get(new URL(sitemap!).pathname);
  expect(index.ok()).toBe(true);
  expect(await index.text()).toContain('<sitemapindex');
});
