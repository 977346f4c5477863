import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { eventPage } from '../../../src/data/event-page.ts';
import { shownFacts } from './shown-facts.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const slug = 'example-conference';

describe('eventPage', () => {
  test('lists its dates, format, place, organisers and networks', async () => {
    const catalog = await getCatalog();
    const page = eventPage(catalog, catalog.events.get(slug)!, 'en', '2027-01-01');
    expect(shownFacts(page.facts)).toEqual({
      Date: [page.dates],
      Format: ['In person and online'],
      Location: ['Zagreb, Croatia'],
      Organisers: [{ label: 'Example Red Cross', href: '/organisations/example-red-cross/' }],
      Networks: [{ label: 'An example network', href: '/networks/example-network/' }],
    });
    expect(page.dates).toMatch(/1.+2 March 2027/);
    expect(page.calendarHref).toBe('/events/example-conference.ics');
    expect(page.practices.map((practice) => practice.slug)).toEqual(['example-referral-pathway']);
    expect(page.agenda.map((item) => item.session)).toEqual(['Opening']);
  });

  test('offers registration while the event is ahead, and not after it', async () => {
    const catalog = await getCatalog();
    const event = catalog.events.get(slug)!;
    expect(eventPage(catalog, event, 'en', '2027-01-01').registration).toEqual({
      href: 'https://www.redcross.example/register',
      deadline: 'Register by 15 February 2027',
    });
    expect(eventPage(catalog, event, 'en', '2027-03-03').registration).toBeUndefined();
  });

  test('groups its outputs by kind, each linked to its note in the reader’s language', async () => {
    const catalog = await getCatalog();
    const [reports] = eventPage(catalog, catalog.events.get(slug)!, 'en', '2027-01-01').outputs;
    expect(reports).toEqual({
      kind: 'report',
      heading: 'Reports',
      list: [
        {
          title: 'The report',
          href: 'https://www.redcross.example/report.pdf',
          format: 'pdf',
          bytes: undefined,
          language: 'en',
          practice: {
            label: 'An example referral pathway',
            href: '/practices/example-referral-pathway/',
            lang: undefined,
          },
        },
      ],
    });
  });
});
