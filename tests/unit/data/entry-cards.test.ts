import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { eventCard, networkCard, organisationCard } from '../../../src/data/entry-cards.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('cards', () => {
  test('an untranslated event’s card leads to its original’s notice and says its language', async () => {
    const event = (await getCatalog()).events.get('example-past-meeting')!;
    expect(eventCard(event, 'en')).toEqual({
      href: '/fr/events/example-past-meeting/#not-in-en',
      title: 'Une réunion passée',
      kind: '10 May 2019',
      summary: 'Une réunion écrite en français seulement, pour les listes d’événements passés.',
      lang: 'fr',
      filters: { year: ['2019'], organiser: ['example-funder'], network: [], format: ['online'] },
    });
  });

  test('a network’s card counts its members, in the reader’s language', async () => {
    const network = (await getCatalog()).networks.get('example-network')!;
    expect(networkCard(network, 'en')).toMatchObject({
      href: '/networks/example-network/',
      kind: 'Regional platform',
      details: ['1 member'],
      lang: undefined,
    });
    expect(networkCard(network, 'fr')).toMatchObject({
      href: '/networks/example-network/#not-in-fr',
      title: 'An example network',
      details: ['1 membre'],
      lang: 'en',
    });
  });

  test('an organisation’s card gives its short name after its name, and its country', async () => {
    const organisation = (await getCatalog()).organisations.get('example-red-cross')!;
    expect(organisationCard(organisation, 'fr')).toEqual({
      href: '/fr/organisations/example-red-cross/',
      title: 'Croix-Rouge exemple (ERC)',
      kind: 'Société nationale',
      details: ['Croatie'],
      filters: { kind: ['national-society'], country: ['HR'] },
    });
  });
});
