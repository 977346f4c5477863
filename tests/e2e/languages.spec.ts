// Every language as its readers use it: the home page, the library, a practice note and search in each of the
// five; untranslated entries marked and hidden on request; a feed per language; Arabic laid out right to left.
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeInfo, type Locale } from '../../src/core/locales.ts';

interface Language {
  code: string;
  prefix: string;
  dir: 'ltr' | 'rtl';
  /** The main navigation's link to the library, and the library's heading. */
  nav: string;
  library: string;
  /** The search page's field and results heading, a word in that language and a page it finds. */
  field: string;
  results: string;
  word: string;
  found: string;
  /** The name of the language in itself (the search filter's value), the filters' disclosure, the filter's legend. */
  endonym: string;
  filterResults: string;
  languageFilter: string;
  /** The frontline e-module's title when it is translated; undefined when the English original is shown. */
  practice?: string;
  /** The mark on the card of an entry not translated into the language. */
  untranslated?: string;
  /** "English" as a sentence in the language writes it: the notice on an untranslated note names its original. */
  english?: string;
}

const languages: Language[] = [
  {
    code: 'en',
    prefix: '',
    dir: 'ltr',
    nav: 'Practices',
    library: 'Practice notes',
    field: 'Words to search for',
    results: 'Results',
    word: 'database',
    found: '/practices/trafficking-information-database/',
    endonym: 'English',
    filterResults: 'Filter results',
    languageFilter: 'Language',
    practice: 'Transferable e-module for frontline practitioners on recognising the signs of trafficking',
  },
  {
    code: 'fr',
    prefix: '/fr',
    dir: 'ltr',
    nav: 'Pratiques',
    library: 'Fiches de pratique',
    field: 'Mots à rechercher',
    results: 'Résultats',
    word: 'orientation',
    found: '/fr/themes/referral/',
    endonym: 'Français',
    filterResults: 'Filtrer les résultats',
    languageFilter: 'Langue',
    untranslated: 'Non traduit',
    english: 'anglais',
  },
  {
    code: 'es',
    prefix: '/es',
    dir: 'ltr',
    nav: 'Prácticas',
    library: 'Fichas de práctica',
    field: 'Palabras que buscar',
    results: 'Resultados',
    word: 'derivación',
    found: '/es/themes/referral/',
    endonym: 'Español',
    filterResults: 'Filtrar los resultados',
    languageFilter: 'Idioma',
    untranslated: 'Sin traducir',
    english: 'inglés',
  },
  {
    code: 'ar',
    prefix: '/ar',
    dir: 'rtl',
    nav: 'الممارسات',
    library: 'مذكرات الممارسات',
    field: 'كلمات البحث',
    results: 'النتائج',
    word: 'الإحالة',
    found: '/ar/themes/referral/',
    endonym: 'العربية',
    filterResults: 'تصفية النتائج',
    languageFilter: 'اللغة',
    untranslated: 'غير مترجم',
    english: 'الإنجليزية',
  },
  {
    code: 'hr',
    prefix: '/hr',
    dir: 'ltr',
    nav: 'Prakse',
    library: 'Primjeri prakse',
    field: 'Riječi za pretraživanje',
    results: 'Rezultati',
    word: 'policijske',
    found: '/hr/practices/frontline-identification-e-module/',
    endonym: 'Hrvatski',
    filterResults: 'Filtriraj rezultate',
    languageFilter: 'Jezik',
    practice: 'Prenosivi e-modul za stručnjake na prvoj crti o prepoznavanju znakova trgovanja ljudima',
  },
];

const practicePath = '/practices/frontline-identification-e-module/';
/** Where a language's reader goes for a note: its version, or the English original at their notice. */
const noteHref = (language: Language, path: string) =>
  language.untranslated ? `${path}#not-in-${language.code}` : `${language.prefix}${path}`;
const practiceSlugs = readdirSync('content/practices/en').map((file) => file.replace(/\.mdx$/, ''));
const cards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });

for (const language of languages) {
  test.describe(`in ${language.code}`, () => {
    test('the home page is in the language, and marks what is not translated', async ({ page }) => {
      await page.goto(`${language.prefix}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      await expect(
        page.getByRole('navigation').first().getByRole('link', { name: language.nav, exact: true }),
      ).toHaveAttribute('href', `${language.prefix}/practices/`);
      const practice = cards(page).filter({
        has: page.locator(`a[href="${noteHref(language, practicePath)}"]`),
      });
      if (language.untranslated) {
        await expect(practice).toContainText(`${language.untranslated} · English`);
        await expect(practice.getByText('English', { exact: true })).toHaveAttribute('lang', 'en');
      } else {
        await expect(practice).toContainText(language.practice!);
        await expect(cards(page).getByText('English', { exact: true })).toHaveCount(0);
      }
    });

    test('the library lists every practice note', async ({ page }) => {
      await page.goto(`${language.prefix}/practices/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.library);
      for (const slug of practiceSlugs)
        await expect(
          page.getByRole('main').locator(`a[href="${noteHref(language, `/practices/${slug}/`)}"]`),
        ).toBeVisible();
    });

    test('a practice note reads in the language, or says, in it, that this is the English original', async ({
      page,
    }) => {
      await page.goto(noteHref(language, practicePath));
      const heading = page.getByRole('heading', { level: 1 });
      if (language.practice) {
        await expect(heading).toHaveText(language.practice);
        await expect(page.getByRole('note')).toHaveCount(0);
        return;
      }
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const notice = page.getByRole('note');
      await expect(notice).toHaveCount(1);
      await expect(notice).toHaveAttribute('lang', language.code);
      await expect(notice).toHaveAttribute('dir', language.dir);
      await expect(notice).toContainText(language.english!);
      await expect(notice).not.toContainText('English');
      await expect(notice.getByRole('link', { name: language.library })).toHaveAttribute(
        'href',
        `${language.prefix}/practices/`,
      );
      // The language switcher on the original sends this language's readers to the same notice.
      await page.goto(practicePath);
      await expect(page.getByRole('note')).toHaveCount(0);
      await page.locator('.language-switcher summary').click();
      await page.getByRole('link', { name: localeInfo[language.code as Locale].endonym }).click();
      await expect(page).toHaveURL(new RegExp(`${practicePath}#not-in-${language.code}$`));
      await expect(page.getByRole('note')).toBeVisible();
    });

    test(`search finds “${language.word}”`, async ({ page }) => {
      await page.goto(`${language.prefix}/search/`);
      await page.getByRole('searchbox', { name: language.field }).fill(language.word);
      // Pagefind compiles its WebAssembly on first use, which takes seconds on a busy machine.
      await expect(
        page.getByRole('region', { name: language.results }).locator(`a[href="${language.found}"]`),
      ).toBeVisible({ timeout: 20_000 });
    });

    test(`a link with a chosen filter opens “${language.filterResults}” with counts`, async ({ page }) => {
      await page.goto(`${language.prefix}/search/#language=${encodeURIComponent(language.endonym)}`);
      const filters = page
        .getByRole('main')
        .locator('details')
        .filter({ has: page.locator('summary', { hasText: language.filterResults }) });
      await expect(filters).toHaveAttribute('open');
      await expect(
        filters
          .getByRole('group', { name: language.languageFilter })
          .getByRole('checkbox', { name: language.endonym }),
      ).toBeChecked({ timeout: 20_000 });
    });
  });
}

test('untranslated entries can be hidden without JavaScript, and shown again', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/countries/hr/');
  const untranslated = cards(page).filter({ hasText: 'Non traduit' });
  await expect(untranslated).toHaveCount(2);
  // Organisations are named in their own languages, so their cards are never marked and always shown.
  const organisations = cards(page).filter({ hasNotText: 'Non traduit' });
  await expect(organisations).toHaveCount(2);

  await page.getByRole('link', { name: 'Masquer les fiches pas encore traduites' }).click();
  await expect(page).toHaveURL(/#untranslated-hidden$/);
  for (const card of await untranslated.all()) await expect(card).toBeHidden();
  for (const card of await organisations.all()) await expect(card).toBeVisible();
  // A section left with no card goes too, rather than showing a heading over nothing.
  await expect(page.getByRole('heading', { name: 'Fiches de pratique', level: 2 })).toBeHidden();

  await page.getByRole('link', { name: 'Afficher les fiches pas encore traduites' }).click();
  await expect(untranslated.first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Masquer les fiches pas encore traduites' })).toBeVisible();
  await context.close();
});

test('a page with every entry translated offers nothing to hide', async ({ page }) => {
  await page.goto('/hr/countries/hr/');
  await expect(cards(page).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sakrij unose koji još nisu prevedeni' })).toBeHidden();
});

test('each language has a feed of its own entries, linked from the head and the footer', async ({
  page,
  request,
}) => {
  await page.goto('/hr/');
  const head = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(head).toHaveAttribute('href', /\/hr\/rss\.xml$/);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'RSS kanal' })).toHaveAttribute(
    'href',
    '/hr/rss.xml',
  );

  const read = async (path: string) => {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    return page.evaluate((text) => {
      const feed = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: feed.querySelector('parsererror')?.textContent ?? null,
        language: feed.querySelector('channel > language')?.textContent,
        items: [...feed.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
        })),
      };
    }, xml);
  };

  const croatian = await read('/hr/rss.xml');
  expect(croatian.error).toBeNull();
  expect(croatian.language).toBe('hr');
  expect(croatian.items).toContainEqual({
    title: 'Prenosivi e-modul za stručnjake na prvoj crti o prepoznavanju znakova trgovanja ljudima',
    link: expect.stringMatching(/\/hr\/practices\/frontline-identification-e-module\/$/),
  });
  expect(croatian.items).toHaveLength(6);

  const english = await read('/rss.xml');
  expect(english.language).toBe('en-GB');
  expect(english.items.map((item) => item.link)).toContainEqual(
    expect.stringMatching(/[^r]\/events\/developing-capacity-conference-2016\/$/),
  );
  // Nothing is written in French yet: the feed is empty rather than English under a French title.
  expect((await read('/fr/rss.xml')).items).toEqual([]);
});

test.describe('right to left', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of ['/ar/', '/ar/practices/', '/ar/events/', '/ar/countries/hr/', '/ar/search/']) {
    test(`${path} starts its heading on the right and never scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const layout = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const range = document.createRange();
        range.selectNodeContents(h1);
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          textRight: range.getBoundingClientRect().right,
          boxRight: h1.getBoundingClientRect().right,
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(Math.abs(layout.boxRight - layout.textRight)).toBeLessThan(2);
    });
  }

  test('breadcrumb arrows point the way the page reads, also before a name in Latin script', async ({
    page,
  }) => {
    // The transform of every arrow drawn between the breadcrumbs, wherever the stylesheet draws it.
    const arrows = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('nav ol > li')].flatMap((item) =>
          (['::before', '::after'] as const).flatMap((pseudo) => {
            const style = getComputedStyle(item, pseudo);
            return style.content === 'none' ? [] : [style.transform];
          }),
        ),
      );
    await page.goto(practicePath);
    expect(await arrows()).toEqual(['none', 'none']);
    // Organisations are named in their own languages: this one's name is in English on the Arabic page.
    await page.goto('/ar/organisations/british-red-cross/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('British Red Cross');
    expect(await arrows()).toEqual(['matrix(-1, 0, 0, 1, 0, 0)', 'matrix(-1, 0, 0, 1, 0, 0)']);
  });
});
