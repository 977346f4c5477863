// The data modules pages share: cards, event filters, calendar entries, open data, facet lists, term lists.
import { describe, expect, test, vi } from 'vitest';
import { calendarEvent } from '../../../src/data/calendar.ts';
import { getCatalog } from '../../../src/data/catalog.ts';
import { eventFilters } from '../../../src/data/event-filters.ts';
import { facetPractices, newestPractices } from '../../../src/data/facet-practices.ts';
import { exportedPractices } from '../../../src/data/open-data.ts';
import { practiceCard } from '../../../src/data/practice-card.ts';
import { termPaths, termPractices } from '../../../src/data/terms.ts';
import { useTranslations } from '../../../src/i18n/index.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const practice = async () => (await getCatalog()).practices.get('example-referral-pathway')!;

describe('practiceCard', () => {
  test('says what, who and where in the reader’s language, linking to their version', async () => {
    const card = practiceCard(await getCatalog(), await practice(), 'fr', useTranslations('fr').t);
    expect(card).toMatchObject({
      href: '/fr/practices/example-referral-pathway/',
      kind: 'Parcours d’orientation',
      details: ['ERC', 'Croatie, Europe'],
      lang: undefined,
    });
  });

  test('leads to the original, at its notice, when the note is not translated', async () => {
    const card = practiceCard(await getCatalog(), await practice(), 'ar', useTranslations('ar').t);
    expect(card).toMatchObject({
      href: '/practices/example-referral-pathway/#not-in-ar',
      lang: 'en',
    });
  });
});

describe('eventFilters', () => {
  test('offers the years, organisers, networks and formats the listed events have', async () => {
    const catalog = await getCatalog();
    const filters = eventFilters(catalog, [...catalog.events.values()], 'en', useTranslations('en').t);
    const options = Object.fromEntries(
      filters.map((filter) => [filter.name, filter.options.map((option) => option.label)]),
    );
    expect(options).toEqual({
      year: ['2027', '2019'],
      organiser: ['Example Fund', 'Example Red Cross'],
      network: ['An example network'],
      format: ['Online', 'In person and online'],
    });
  });
});

describe('calendarEvent', () => {
  test('gives the event’s times, zone, place and address for a calendar', async () => {
    const event = (await getCatalog()).events.get('example-conference')!;
    expect(calendarEvent(event, new URL('https://px.example'))).toEqual({
      id: 'example-conference',
      title: 'An example conference',
      summary: 'A conference with times, a time zone, an agenda, outputs and registration.',
      start: '2027-03-01T09:30',
      end: '2027-03-02T17:00',
      timeZone: 'Europe/Zagreb',
      location: 'Zagreb, Croatia',
      url: 'https://px.example/events/example-conference/',
    });
  });
});

describe('exportedPractices', () => {
  test('lists every published note once, with its languages, and no draft', async () => {
    const rows = await exportedPractices();
    expect(rows.map((row) => [row['id'], row['languages']])).toEqual([
      ['example-referral-pathway', ['en', 'fr']],
    ]);
  });
});

describe('newestPractices', () => {
  test('shows six notes and links to all of them when there are more', async () => {
    const notes = Array.from({ length: 8 }, () => practice());
    const list = newestPractices(await Promise.all(notes), '/practices/theme/referral/', 'en');
    expect(list.shown).toHaveLength(6);
    expect(list.count).toBe(8);
    expect(list.all).toEqual({ href: '/practices/theme/referral/', label: 'See all 8 practice notes' });
  });

  test('a stage with few notes shows them all, without a link', async () => {
    const list = await facetPractices({ name: 'theme', value: 'referral' }, 'hr');
    expect(list.shown.map((note) => note.slug)).toEqual(['example-referral-pathway']);
    expect(list.all).toBeUndefined();
  });
});

describe('terms', () => {
  test('give every stage and group a page in every language', async () => {
    const paths = await termPaths();
    expect(paths).toHaveLength(2 * 5);
    expect(paths.map(({ params }) => `${params.lang ?? 'en'}/${params.taxonomy}/${params.id}`)).toContain(
      'ar/groups/children',
    );
  });

  test('gather a stage’s notes and the events where they were presented', async () => {
    const { practices, events } = termPractices(await getCatalog(), 'themes', 'referral');
    expect(practices.map((note) => note.slug)).toEqual(['example-referral-pathway']);
    expect(events.map((event) => event.slug)).toEqual(['example-conference']);
  });
});
