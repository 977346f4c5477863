// Every page the build wrote: it loads, has one h1 and its landmarks, the right lang and dir, and asks nothing
// of another origin. Pages are visited in one browser page per language, which keeps the run short.
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';

const pages = builtPages();
const languageOf = (path: string) => /^\/(fr|es|ar|hr)\//.exec(path)?.[1] ?? 'en';

test('the build wrote every language of every route', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/hr/events/developing-capacity-conference-2016/');
  // An entry has pages only in the languages it is written in: Arabic readers are sent to the original.
  expect(pages).not.toContain('/ar/events/developing-capacity-conference-2016/');
  expect(new Set(pages.map(languageOf))).toEqual(new Set(['en', 'fr', 'es', 'ar', 'hr']));
});

for (const language of ['en', 'fr', 'es', 'ar', 'hr']) {
  const paths = pages.filter((path) => languageOf(path) === language);

  test(`every ${language} page renders with one h1, lang="${language}" and its direction, from our origin only`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(20_000 + paths.length * 2_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
    });

    for (const path of paths) {
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
    }
    // Page scripts request nothing until a reader searches, so everything has been requested once `load` fires.
    expect(foreign).toEqual([]);
  });
}
