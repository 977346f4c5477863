import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { countryListPage, networkListPage, organisationListPage } from '../../../src/data/directory-pages.ts';
import { eventListPage, eventYearPage, eventYears } from '../../../src/data/event-list-page.ts';
import { homePage } from '../../../src/data/home-page.ts';
import { sitePage } from '../../../src/data/site-page.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const slugs = (list: readonly { slug: string }[]) => list.map((item) => item.slug);

describe('homePage', () => {
  test('counts notes per group and stage, and shows the latest of each kind', async () => {
    const page = homePage(await getCatalog(), 'en');
    expect(page.groups).toEqual([{ label: 'Children', href: '/groups/children/', value: 1 }]);
    expect(page.themes).toEqual([{ label: 'Referral', href: '/themes/referral/', value: 1 }]);
    expect(slugs(page.latest)).toEqual(['example-referral-pathway']);
    expect(slugs(page.events)).toEqual(['example-conference', 'example-past-meeting']);
    expect(slugs(page.networks)).toEqual(['example-network']);
    expect(page.all.practices).toEqual({ href: '/practices/', label: 'All practice notes' });
  });

  test('describes its map by the countries it highlights, regions aside', async () => {
    const { map } = homePage(await getCatalog(), 'en');
    expect(map.alt).toBe('World map highlighting the countries that entries name: Croatia');
    expect(map.href).toBe('/countries/');
  });
});

describe('eventListPage', () => {
  test('splits upcoming from past events, the past by year, and filters on what they have', async () => {
    const page = eventListPage(await getCatalog(), 'en', '2027-01-01');
    expect(slugs(page.upcoming)).toEqual(['example-conference']);
    expect(page.past.map(({ year, heading, events }) => [year, heading, slugs(events)])).toEqual([
      ['2019', '2019', ['example-past-meeting']],
    ]);
    expect(page.older).toBe(false);
    expect([...page.years.keys()]).toEqual(['2027', '2019']);
    const format = page.filters.find((filter) => filter.name === 'format');
    expect(format?.options).toEqual([
      { value: 'online', label: 'Online' },
      { value: 'hybrid', label: 'In person and online' },
    ]);
  });

  test('a year’s page lists that year’s events under the events page', async () => {
    const catalog = await getCatalog();
    const events = eventYears(catalog, '2027-01-01').get('2019')!;
    const page = eventYearPage(catalog, '2019', events, 'en');
    expect(page.title).toBe('Events in 2019');
    expect(page.frame).toMatchObject({
      path: '/events/year/2019/',
      breadcrumbs: [{ label: 'Events', path: '/events/' }],
    });
    expect(slugs(page.events)).toEqual(['example-past-meeting']);
  });
});

describe('directory pages', () => {
  test('list networks, organisations and countries by name in the reader’s language', async () => {
    const catalog = await getCatalog();
    expect(slugs(networkListPage(catalog, 'en').networks)).toEqual(['example-network']);
    const organisations = organisationListPage(catalog, 'fr');
    expect(organisations.organisations.map((org) => org.id)).toEqual(['example-red-cross', 'example-funder']);
    expect(organisations.filters.map((filter) => filter.options.map((option) => option.label))).toEqual([
      ['Société nationale', 'Bailleur de fonds'],
      ['Croatie', 'Europe'],
    ]);
    expect(countryListPage(catalog, 'en').countries).toEqual([
      { label: 'Croatia', href: '/countries/hr/', practices: '1 practice note' },
      { label: 'Europe', href: '/countries/150/', practices: '1 practice note' },
    ]);
  });
});

describe('sitePage', () => {
  test('shows the original with a notice where the page is not translated, and leaves it out of search', async () => {
    const catalog = await getCatalog();
    const about = catalog.pages.get('about')!;
    const english = sitePage(catalog, about, 'en');
    expect(english.fallback).toBeUndefined();
    expect(english.updated).toBe('Updated: 28 November 2026');
    expect(english.frame.search?.title).toBe('About');
    const french = sitePage(catalog, about, 'fr');
    expect(french.fallback).toBe('en');
    expect(french.title).toBe('About');
    expect(french.updated).toBe('Mise à jour: 28 novembre 2026');
    expect(french.frame.search).toBeUndefined();
    expect(french.frame.contentLocales).toEqual(['en']);
  });
});
