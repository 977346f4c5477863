import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { networkPage } from '../../../src/data/network-page.ts';
import { shownFacts } from './shown-facts.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('networkPage', () => {
  test('lists its kind, coordinator, funders, stages, countries, years and website', async () => {
    const catalog = await getCatalog();
    const page = networkPage(catalog, catalog.networks.get('example-network')!, 'en');
    expect(shownFacts(page.facts)).toEqual({
      Kind: ['Regional platform'],
      Coordinator: [{ label: 'Example Red Cross', href: '/organisations/example-red-cross/' }],
      'Funded by': [{ label: 'Example Fund', href: '/organisations/example-funder/' }],
      'Stages of response': [{ label: 'Referral', href: '/themes/referral/' }],
      Countries: [{ label: 'Croatia', href: '/countries/hr/' }],
      Founded: ['September 2014'],
      Closed: ['2020'],
      Website: [{ label: 'https://network.example', href: 'https://network.example' }],
    });
  });

  test('shows its members, their map, its meetings and its members’ notes', async () => {
    const catalog = await getCatalog();
    const page = networkPage(catalog, catalog.networks.get('example-network')!, 'en');
    expect([page.kind, page.title]).toEqual(['Regional platform', 'An example network']);
    expect(page.members.map((org) => org.id)).toEqual(['example-red-cross']);
    expect(page.map).toEqual({ countries: ['HR'], label: 'Where its members are: Croatia' });
    expect(page.events.map((event) => event.slug)).toEqual(['example-conference']);
    expect(page.practices).toEqual({
      shown: [catalog.practices.get('example-referral-pathway')],
      count: 1,
      all: undefined,
    });
  });
});
