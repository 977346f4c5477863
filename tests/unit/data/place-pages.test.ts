import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { countryPage } from '../../../src/data/country-page.ts';
import { organisationPage } from '../../../src/data/organisation-page.ts';
import { shownFacts } from './shown-facts.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('organisationPage', () => {
  test('names it in the reader’s language, with its facts, notes, events and networks', async () => {
    const catalog = await getCatalog();
    const page = await organisationPage(catalog, catalog.organisations.get('example-red-cross')!, 'fr');
    expect([page.name, page.shortName]).toEqual(['Croix-Rouge exemple', 'ERC']);
    expect(page.frame).toMatchObject({
      title: 'Croix-Rouge exemple',
      path: '/organisations/example-red-cross/',
      breadcrumbs: [{ label: 'Organisations', path: '/organisations/' }],
    });
    expect(Object.values(shownFacts(page.facts))).toEqual([
      ['Société nationale'],
      ['Croatie'],
      [{ label: 'https://www.redcross.example', href: 'https://www.redcross.example' }],
      ['+44 20 7946 0000'],
    ]);
    expect(page.practices.shown.map((practice) => practice.slug)).toEqual(['example-referral-pathway']);
    expect(page.events.map((event) => event.slug)).toEqual(['example-conference']);
    expect(page.networks.map((network) => network.slug)).toEqual(['example-network']);
  });

  test('a funder has its networks but no notes', async () => {
    const catalog = await getCatalog();
    const page = await organisationPage(catalog, catalog.organisations.get('example-funder')!, 'en');
    expect(page.kind).toBe('Funder');
    expect(page.practices).toEqual({ shown: [], count: 0, all: undefined });
    expect(page.events.map((event) => event.slug)).toEqual(['example-past-meeting']);
    expect(page.networks.map((network) => network.slug)).toEqual(['example-network']);
  });
});

describe('countryPage', () => {
  test('gathers a country’s notes, organisations, networks and events', async () => {
    const page = await countryPage(await getCatalog(), 'HR', 'en');
    expect([page.kind, page.name]).toEqual(['Country', 'Croatia']);
    expect(page.frame.path).toBe('/countries/hr/');
    expect(page.practices.count).toBe(1);
    expect(page.organisations.map((org) => org.id)).toEqual(['example-red-cross']);
    expect(page.networks.map((network) => network.slug)).toEqual(['example-network']);
    expect(page.events.map((event) => event.slug)).toEqual(['example-conference']);
  });

  test('calls a region a region', async () => {
    const page = await countryPage(await getCatalog(), '150', 'en');
    expect([page.kind, page.name]).toEqual(['Region', 'Europe']);
    expect(page.organisations.map((org) => org.id)).toEqual(['example-funder']);
  });
});
