import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { libraryPage } from '../../../src/data/library-page.ts';
import { libraryLists, pagesOf } from '../../../src/data/library-pages.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

/** The first page of the library's list at `path`, as a reader of `locale` sees it. */
async function firstPage(path: string, locale: 'en' | 'fr' = 'en') {
  const [first] = pagesOf((await libraryLists()).get(path)!);
  return libraryPage(await getCatalog(), first!, locale);
}

describe('libraryPage', () => {
  test('titles a facet’s list by its value and leads back to every note', async () => {
    const page = await firstPage('/practices/group/children/');
    expect(page.title).toBe('Practice notes: Children');
    expect(page.lead).toBeUndefined();
    expect(page.frame).toMatchObject({
      title: 'Practice notes: Children',
      path: '/practices/group/children/',
      breadcrumbs: [{ label: 'Practice notes', path: '/practices/' }],
    });
    expect(page.filters).toEqual({ group: ['children'] });
    expect(page.reset).toBe('/practices/');
    expect(page.count).toBe('1 practice note');
    expect(page.practices.map((practice) => practice.slug)).toEqual(['example-referral-pathway']);
  });

  test('marks the chosen option and sends a stage from a group’s list to their pair', async () => {
    const page = await firstPage('/practices/group/children/');
    const facet = (name: string) => page.facets.find((f) => f.name === name)!;
    expect(facet('group').options).toEqual([
      { value: 'children', label: 'Children', href: '/practices/group/children/', size: 1, current: true },
    ]);
    expect(facet('theme').options).toEqual([
      {
        value: 'referral',
        label: 'Referral',
        href: '/practices/theme/referral/group/children/',
        size: 1,
        current: false,
      },
    ]);
    expect(facet('country').options.map((option) => [option.label, option.href])).toEqual([
      ['Croatia', '/practices/country/hr/'],
      ['Europe', '/practices/country/150/'],
    ]);
    expect(facet('country').all).toBeUndefined();
  });

  test('the whole library has its lead, no breadcrumbs, and its words in the reader’s language', async () => {
    const page = await firstPage('/practices/', 'fr');
    expect(page.title).toBe('Fiches de pratique');
    expect(page.lead).toMatch(/^Bonnes pratiques des Sociétés nationales/);
    expect(page.frame.breadcrumbs).toBeUndefined();
    expect(page.reset).toBeUndefined();
    expect(page.base).toBe('/fr/practices/');
    expect(page.sorts[0]).toEqual({ value: 'newest', label: 'Les plus récentes' });
    expect(page.pageHref(2)).toBe('/fr/practices/page/2/');
  });
});
