// Search as readers use it: a word finds an entry, five results at a time, filters narrow (their counts loaded
// only when the reader opens them), the URL fragment keeps the search, each language searches its own entries
// and is offered all languages, and nothing leaves the site's origin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isLocale, useTranslations, type Locale } from '../../src/i18n/index.ts';

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
/** The filters: a disclosure (<details>) that its summary names, closed until opened or a filter is chosen. */
const filterDisclosure = (page: Page, name = 'Filter results') =>
  page
    .getByRole('main')
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: name }) });
/** Pagefind's files of filter values (one per filter, in any bundle): what counting results by filter loads. */
const filterFile = (url: string) => /^\/pagefind[^/]*\/filter\//.test(new URL(url).pathname);

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

test('a query loads no filter file; opening “Filter results” loads them and shows counts', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.goto('/search/');
  await field(page).fill('referral');
  // The first five results are all on screen, and the filters are offered, closed.
  await expect(results(page)).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
  const filters = filterDisclosure(page);
  await expect(filters).toBeVisible();
  await expect(filters).not.toHaveAttribute('open');
  await expect(page.getByRole('group', { name: 'Kind of entry' })).toBeHidden();
  expect(seen.requests.filter(filterFile)).toEqual([]);

  await filters.locator('summary').click();
  await expect(
    filters
      .getByRole('group', { name: 'Kind of entry' })
      .getByRole('checkbox', { name: 'Practice note (2)' }),
  ).toBeVisible();
  expect(seen.requests.filter(filterFile)).not.toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('a filter narrows the results and goes in the URL, a link with it opens the filters, and back undoes it', async ({
  page,
}) => {
  await page.goto('/search/#q=referral');
  await expect(results(page).first()).toBeVisible();
  const all = await results(page).count();
  const kinds = page.getByRole('group', { name: 'Kind of entry' });
  const practiceNote = kinds.getByRole('checkbox', { name: /Practice note/ });
  await filterDisclosure(page).locator('summary').click();
  // By keyboard: the filters are redrawn with new counts, and focus stays on the box just checked.
  await practiceNote.focus();
  await page.keyboard.press('Space');
  await expect(results(page)).toHaveCount(2);
  await expect(practiceNote).toBeFocused();
  await expect(practiceNote).toBeChecked();
  await expect(page).toHaveURL(/#q=referral&kind=Practice\+note$/);
  expect(all).toBeGreaterThan(2);
  for (const item of await page.getByRole('region', { name: 'Results' }).getByRole('listitem').all())
    await expect(item).toContainText('Practice note');
  // Other kinds can still be added: their counts come from the search without this filter.
  await expect(kinds.getByRole('checkbox', { name: 'Event (1)' })).not.toBeChecked();
  // The same address, opened afresh, shows the chosen filter at once.
  await page.reload();
  await expect(filterDisclosure(page)).toHaveAttribute('open');
  await expect(practiceNote).toBeChecked();
  await expect(results(page)).toHaveCount(2);
  await page.goBack();
  await expect(results(page)).toHaveCount(all);
  await expect(practiceNote).not.toBeChecked();
});

test('“Show more results” adds five at a time by keyboard, says how many show and moves to the first new one', async ({
  page,
}) => {
  await page.goto('/search/#q=trafficking');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ results for “trafficking”$/);
  const total = Number(/\d+/.exec((await status.textContent())!)![0]);
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(5);

  const more = page.getByRole('button', { name: 'Show more results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5)).toBeFocused();
  await expect(status).toHaveText(`Showing 10 of ${total} results`);
  for (let shown = 10; shown < total; shown += 5) {
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(shown + 5, total));
  }
  await expect(more).toBeHidden();
  await expect(status).toHaveText(`Showing ${total} of ${total} results`);
  // Every result once.
  const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(total);
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

test('a note is found by the names in its panel, not by its dates or the labels every panel repeats', async ({
  page,
}) => {
  await page.goto('/search/');
  // An organisation that notes name only in their panels, not in their text.
  await field(page).fill('Minorities');
  await expect(results(page).and(page.locator('[href^="/practices/"]')).first()).toBeVisible();
  // Every note was published in November 2026, under the label "Published", and no note's text says either.
  for (const word of ['November', 'Published']) {
    await field(page).fill(word);
    await expect(page.getByRole('status')).toContainText(`“${word}”`);
    await expect(results(page).and(page.locator('[href^="/practices/"]'))).toHaveCount(0);
  }
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
  // The French stage of response, among the French results (the NRM dataset speaks of orientations too).
  await expect(
    page.getByRole('region', { name: 'Résultats' }).locator('a[href="/fr/themes/referral/"]'),
  ).toBeVisible();

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

test('without JavaScript the banner offers the search page, not a field that could search nothing', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const banner = page.getByRole('search', { name: 'Search the site' });
  await expect(banner.getByRole('searchbox')).toBeHidden();
  await banner.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\??$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await context.close();
});

test('results and filters pass axe and read at 320 px, left to right and right to left', async ({ page }) => {
  // Three pages and three axe passes: 20 s alone, over a minute beside other builds on two cores.
  test.setTimeout(3 * 40_000);
  await page.setViewportSize({ width: 320, height: 640 });
  // A chosen filter opens the filters by itself; without one, the reader opens them.
  for (const [path, name, chosen] of [
    ['/search/#q=caseworkers&kind=Practice+note', 'Filter results', true],
    ['/ar/search/#q=referral&in=all', 'تصفية النتائج', false],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    if (!chosen) await filterDisclosure(page, name).locator('summary').click();
    await expect(filterDisclosure(page, name).getByRole('checkbox').first()).toBeVisible();
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
function entriesWithOwnWord(): { language: Locale; url: string; word: string }[] {
  const entries = ['practices', 'events', 'networks', 'pages'].flatMap((collection) =>
    readdirSync(join('content', collection))
      .filter(isLocale)
      .flatMap((language) =>
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

// One search page per language, searching each of its entries' own words in turn: loading the page and its
// index once per language, not once per entry.
const ownWords = entriesWithOwnWord();
for (const language of new Set(ownWords.map((entry) => entry.language))) {
  const entries = ownWords.filter((entry) => entry.language === language);
  test(`every ${language} entry is found by a word of its body: ${entries.map((entry) => entry.word).join(', ')}`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + entries.length * 30_000);
    await page.goto(language === 'en' ? '/search/' : `/${language}/search/`);
    const more = page.getByRole('button', { name: useTranslations(language).t('search.more') });
    for (const { url, word } of entries) {
      // The search page has the only search field: the banner's gives way to it.
      await page.getByRole('searchbox').fill(word);
      await expect(page.getByRole('status')).toContainText(word);
      const found = page.getByRole('main').locator(`a[href="${url}"]`);
      // Pagefind matches a word's stem, which other entries can share: the reader shows more until the entry is there.
      await expect(async () => {
        if (!(await found.isVisible()) && (await more.isVisible())) await more.click({ timeout: 2_000 });
        await expect(found).toBeVisible({ timeout: 2_000 });
      }, `${url} is found by “${word}”`).toPass({ timeout: 30_000 });
    }
  });
}
