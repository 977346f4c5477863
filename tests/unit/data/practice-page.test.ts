import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import { practicePage } from '../../../src/data/practice-page.ts';
import { shownFacts } from './shown-facts.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const slug = 'example-referral-pathway';

describe('practicePage', () => {
  test('lists the note’s facts, linking its stages, groups, organisations and countries', async () => {
    const catalog = await getCatalog();
    const page = practicePage(catalog, catalog.practices.get(slug)!, 'en', '2027-01-01');
    expect(shownFacts(page.facts)).toEqual({
      Type: ['Referral pathway'],
      'Stages of response': [{ label: 'Referral', href: '/themes/referral/' }],
      'Vulnerable groups': [{ label: 'Children', href: '/groups/children/' }],
      Organisations: [{ label: 'Example Red Cross', href: '/organisations/example-red-cross/' }],
      Countries: [
        { label: 'Croatia', href: '/countries/hr/' },
        { label: 'Europe', href: '/countries/150/' },
      ],
      Period: ['September 2014 – 2016'],
      Status: ['Completed'],
      Evidence: ['Promising', 'Caseworkers used it in every referral during the pilot.'],
      Published: ['1 November 2026'],
      Updated: ['20 November 2026'],
      'Review by': ['1 November 2027'],
    });
    expect(page.facts.find((fact) => fact.label === 'Published')?.searchable).toBe(false);
  });

  test('gives the header, the contact, the events it was presented at and the edit link', async () => {
    const catalog = await getCatalog();
    const page = practicePage(catalog, catalog.practices.get(slug)!, 'en', '2027-01-01');
    expect([page.kind, page.title]).toEqual(['Referral pathway', 'An example referral pathway']);
    expect(page.frame.title).toBe('An example referral pathway');
    expect(page.frame.search?.kind).toBe('practice');
    expect(page.contentWarning).toBe('Describes forms of exploitation.');
    expect(page.resources.map((resource) => resource.title)).toEqual(['The pathway as a web page']);
    expect(page.contact).toEqual([
      {
        label: 'Anti-trafficking team',
        searchable: false,
        values: [
          { label: 'antitrafficking@redcross.example', href: 'mailto:antitrafficking@redcross.example' },
          { label: 'https://www.redcross.example/contact', href: 'https://www.redcross.example/contact' },
        ],
      },
    ]);
    expect(page.presentedAt.map((event) => event.slug)).toEqual(['example-conference']);
    // The note it lists as related is a draft: nothing else to suggest.
    expect(page.related).toEqual([]);
    expect(page.editHref).toBe('/admin/#/collections/practices/entries/example-referral-pathway');
  });

  test('warns once the review date has passed, and not before', async () => {
    const catalog = await getCatalog();
    const practice = catalog.practices.get(slug)!;
    expect(practicePage(catalog, practice, 'en', '2027-01-01').reviewOverdue).toBeUndefined();
    expect(practicePage(catalog, practice, 'en', '2027-11-02').reviewOverdue).toBe(
      'This note was due for review on 1 November 2027. Some details may be out of date.',
    );
  });

  test('cites its organisations, year, title and address in the reader’s language; the French has no contact', async () => {
    const catalog = await getCatalog();
    const page = practicePage(catalog, catalog.practices.get(slug)!, 'fr', '2027-01-01');
    expect(page.citation).toBe(
      'Croix-Rouge exemple (2026). Un exemple de parcours d’orientation. Practice Exchange. ' +
        'http://localhost:4321/fr/practices/example-referral-pathway/',
    );
    expect(page.kind).toBe('Parcours d’orientation');
    expect(page.contact).toBeUndefined();
  });
});
