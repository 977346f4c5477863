import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { taxonomyPage } from '../../../src/data/taxonomy-page.ts';
import { termPage } from '../../../src/data/term-page.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('termPage', () => {
  test('shows a stage’s notes, the events they were presented at, and its feed', async () => {
    const catalog = await getCatalog();
    const page = await termPage(catalog, 'themes', catalog.themes.get('referral')!, 'fr');
    expect([page.kind, page.label]).toEqual(['Étapes de la réponse', 'Orientation']);
    expect(page.feedHref).toBe('/fr/themes/referral/rss.xml');
    expect(page.frame.feed).toEqual({
      title: 'Orientation : nouvelles fiches et événements',
      path: '/themes/referral/rss.xml',
    });
    expect(page.practices.shown.map((practice) => practice.slug)).toEqual(['example-referral-pathway']);
    expect(page.practices.all).toBeUndefined();
    expect(page.events).toEqual({
      shown: [catalog.events.get('example-conference')],
      count: 1,
      all: undefined,
    });
  });

  test('indexes a term only in the languages it is written in', async () => {
    const catalog = await getCatalog();
    const children = catalog.groups.get('children')!;
    expect((await termPage(catalog, 'groups', children, 'en')).frame.search?.title).toBe('Children');
    expect((await termPage(catalog, 'groups', children, 'fr')).frame.search).toBeUndefined();
  });
});

describe('taxonomyPage', () => {
  test('lists each term linked to its page, with its number of notes', async () => {
    const page = taxonomyPage(await getCatalog(), 'groups', 'en');
    expect(page.frame).toMatchObject({ title: 'Vulnerable groups', path: '/groups/' });
    expect(page.terms).toEqual([{ label: 'Children', href: '/groups/children/', value: 1 }]);
  });
});
