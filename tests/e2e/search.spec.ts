// Search as readers use it: a word finds an entry, filters narrow, the URL fragment keeps the search, each
// language searches its own entries and is offered all languages, and nothing leaves the site's origin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Watches a page for requests to other origins and for blocked content (Content-Security-Policy). */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  return { foreign, requests, violations };
}

const field = (page: Page) => page.getByRole('searchbox', { name: 'Words to search for' });
/** The result links; `heading` is the results region's name in the page's language. */
const results = (page: Page, heading = 'Results') =>
  page.getByRole('region', { name: heading }).getByRole('link');

test('“referral” finds the referral pathway practice, from our origin only and within the CSP', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.goto('/search/');
  await field(page).fill('referral');
  await expect(page.getByRole('status')).toHaveText(/\d+ results for “referral”/);
  await expect(
    results(page).filter({ hasText: 'Referral pathways and guidance documents for caseworkers' }),
  ).toHaveAttribute('href', '/practices/caseworker-referral-pathways-and-guidance/');
  // Each result says what it is and when.
  await expect(
    page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: 'Referral pathways and guidance documents for caseworkers' }),
    }),
  ).toContainText('Practice note · Referral pathway · 28 November 2026');
  await expect(page).toHaveURL(/\/search\/#q=referral$/);
  expect(seen.foreign).toEqual([]);
  expect(seen.violations).toEqual([]);
  // The words stay in the fragment, which browsers never send.
  expect(seen.requests.filter((url) => url.includes('referral'))).toEqual([]);
});

test('a filter narrows the results, its counts stay, and the back button undoes it', async ({ page }) => {
  await page.goto('/search/#q=referral');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  const kinds = page.getByRole('group', { name: 'Kind of entry' });
  // By keyboard: the filters are redrawn with new counts, and focus stays on the box just checked.
  await kinds.getByRole('checkbox', { name: /Practice note/ }).focus();
  await page.keyboard.press('Space');
  await expect(results(page)).toHaveCount(2);
  await expect(kinds.getByRole('checkbox', { name: /Practice note/ })).toBeFocused();
  await expect(kinds.getByRole('checkbox', { name: /Practice note/ })).toBeChecked();
  await expect(page).toHaveURL(/#q=referral&kind=Practice\+note$/);
  expect(all).toBeGreaterThan(2);
  for (const item of await page.getByRole('region', { name: 'Results' }).getByRole('listitem').all())
    await expect(item).toContainText('Practice note');
  // Other kinds can still be added: their counts come from the search without this filter.
  await expect(kinds.getByRole('checkbox', { name: /Event \(1\)/ })).not.toBeChecked();
  await page.goBack();
  await expect(results(page)).toHaveCount(all);
  await expect(kinds.getByRole('checkbox', { name: /Practice note/ })).not.toBeChecked();
});

test('an event is found by a word of its title, and newest first puts the 2016 event after 2026 notes', async ({
  page,
}) => {
  await page.goto('/search/');
  await field(page).fill('capacity');
  const event = results(page).filter({
    hasText: 'Developing capacity to identify and to respond to trafficking',
  });
  await expect(event).toHaveAttribute('href', '/events/developing-capacity-conference-2016/');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' });
  await expect(page).toHaveURL(/sort=newest/);
  await expect(results(page).last()).toHaveText(/Developing capacity|About Practice Exchange|PROTECT/);
});

test('a search with no result says so, suggests what to try and offers every language', async ({ page }) => {
  await page.goto('/search/');
  await field(page).fill('xylophone');
  await expect(page.getByRole('status')).toHaveText('Nothing matches “xylophone”.');
  await expect(page.getByText('Check the spelling, try a shorter or more general word')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search all languages' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stages of response' })).toBeVisible();
});

test('a French page searches the French index, says when nothing is in French and offers all languages', async ({
  page,
}) => {
  await page.goto('/fr/search/');
  await page.getByRole('searchbox', { name: 'Mots à rechercher' }).fill('orientation');
  await expect(results(page, 'Résultats')).toHaveAttribute('href', '/fr/themes/referral/');

  await page.getByRole('searchbox', { name: 'Mots à rechercher' }).fill('referral');
  await expect(page.getByRole('status')).toHaveText(
    /^Aucun contenu en français ne correspond à «\s?referral\s?»/,
  );
  await page.getByRole('button', { name: 'Rechercher dans toutes les langues' }).click();
  await expect(page).toHaveURL(/#q=referral&in=all$/);
  const practice = page
    .getByRole('region', { name: 'Résultats' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('link', { name: 'Referral pathways and guidance documents for caseworkers' }),
    });
  // Labelled in French, the English entry marked as English.
  await expect(practice).toContainText(
    'Fiche de pratique · Parcours d’orientation · 28 novembre 2026 · English',
  );
  await expect(practice.getByRole('heading')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'Toutes les langues' })).toBeChecked();
});

test('Arabic searches its own entries right to left', async ({ page }) => {
  await page.goto('/ar/search/');
  await page.getByRole('searchbox', { name: 'كلمات البحث' }).fill('الإحالة');
  await expect(results(page, 'النتائج').filter({ hasText: 'الإحالة' })).toHaveAttribute(
    'href',
    '/ar/themes/referral/',
  );
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // No English word hides in the Arabic index: not even the ids that label results.
  await page.getByRole('searchbox', { name: 'كلمات البحث' }).fill('group');
  await expect(page.getByRole('status')).toHaveText(/group/);
  await expect(page.getByRole('region', { name: 'النتائج' })).toBeHidden();
});

test('the header field loads search only on focus, shows top results, and Enter opens the search page', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.goto('/practices/frontline-identification-e-module/');
  // Pagefind's bundles (/pagefind/, /pagefind-all/, /pagefind-library/), not our own small loader script.
  const index = (url: string) => /^\/pagefind(-\w+)?\//.test(new URL(url).pathname);
  expect(seen.requests.filter(index)).toEqual([]);

  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the site' });
  await box.fill('database');
  const quick = page.getByRole('region', { name: 'Top results' });
  await expect(quick.getByRole('link', { name: /British Red Cross database/ })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/results? for “database”/);

  // The keyboard moves into the results and back out.
  await box.press('ArrowDown');
  await expect(quick.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(quick).toBeHidden();

  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=database$/);
  await expect(results(page).filter({ hasText: 'British Red Cross database' })).toBeVisible();
  expect(seen.requests.filter((url) => url.includes('database'))).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('without JavaScript the search page says so and links to the lists', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/es/search/');
  // Playwright's text matching skips <noscript>; the rendered text (innerText) has it.
  await expect(page.getByRole('main')).toContainText('La búsqueda necesita JavaScript', {
    useInnerText: true,
  });
  await expect(page.getByRole('searchbox', { name: 'Palabras que buscar' })).toBeHidden();
  for (const name of ['Prácticas', 'Etapas de la respuesta', 'Grupos vulnerables', 'Eventos', 'Redes'])
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  await context.close();
});

test('results and filters pass axe and read at 320 px, left to right and right to left', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/search/#q=caseworkers&kind=Practice+note', '/ar/search/#q=referral&in=all']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    await page.getByRole('main').locator('summary').click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
  await page.goto('/practices/');
  await page.getByRole('banner').getByRole('searchbox').fill('referral');
  await expect(page.getByRole('region', { name: 'Top results' }).getByRole('link').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

/** Every entry in every language it has, with the word of its body that the fewest other entries have. */
function entriesWithOwnWord(): { language: string; url: string; word: string }[] {
  const entries = ['practices', 'events', 'networks', 'pages'].flatMap((collection) =>
    readdirSync(join('content', collection)).flatMap((language) =>
      readdirSync(join('content', collection, language)).map((file) => {
        const body = readFileSync(join('content', collection, language, file), 'utf8').replace(
          /^---[\s\S]*?---/,
          '',
        );
        const path = `${collection === 'pages' ? '' : `/${collection}`}/${file.replace(/\.mdx$/, '')}/`;
        return {
          language,
          url: language === 'en' ? path : `/${language}${path}`,
          words: [...new Set(body.toLowerCase().match(/\p{L}{6,}/gu) ?? [])],
        };
      }),
    ),
  );
  const sharing = (word: string, language: string) =>
    entries.filter((entry) => entry.language === language && entry.words.includes(word)).length;
  return entries.map(({ language, url, words }) => ({
    language,
    url,
    word: words.reduce((rarest, word) =>
      sharing(word, language) < sharing(rarest, language) ? word : rarest,
    ),
  }));
}

// One test per entry, so each search has the whole test timeout to itself on a slow machine.
for (const { language, url, word } of entriesWithOwnWord()) {
  test(`${url} is found by “${word}”, a word of its body`, async ({ page }) => {
    await page.goto(language === 'en' ? '/search/' : `/${language}/search/`);
    // The search page has the only search field: the banner's gives way to it.
    await page.getByRole('searchbox').fill(word);
    await expect(page.getByRole('main').locator(`a[href="${url}"]`)).toBeVisible();
  });
}
