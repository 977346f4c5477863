import { describe, expect, it } from 'vitest';
import { useTranslations, type Locale } from '../../src/i18n/index.ts';
import {
  eventSearch,
  networkSearch,
  organisationSearch,
  pageSearch,
  practiceSearch,
  searchLabels,
  termSearch,
} from '../../src/search/search-meta.ts';

const catalog = {
  themes: new Map([
    ['referral', { data: { label: { en: 'Referral', fr: 'Orientation' } } }],
    ['training', { data: { label: { en: 'Training' } } }],
  ]),
  groups: new Map([['children', { data: { label: { en: 'Children', fr: 'Enfants' } } }]]),
  organisations: new Map([
    ['british-red-cross', { data: { name: { en: 'British Red Cross' } } }],
    ['croatian-red-cross', { data: { name: { en: 'Croatian Red Cross', hr: 'Hrvatski Crveni križ' } } }],
  ]),
};

const labels = (locale: Locale) => searchLabels(locale, useTranslations(locale).t, catalog);

const practice = {
  title: 'Referral pathways',
  summary: 'Pathways for caseworkers.',
  type: 'referral-pathway' as const,
  themes: ['referral', 'training'],
  groups: ['children'],
  organisations: ['british-red-cross', 'croatian-red-cross'],
  countries: ['HR', 'GB'],
  published: '2026-11-28',
};

describe('a practice', () => {
  it('is filed under its kind, type, terms, organisations, countries, year and language', () => {
    expect(practiceSearch(practice, labels('en'))).toEqual({
      kind: 'practice',
      practiceType: 'referral-pathway',
      filters: {
        kind: ['Practice note'],
        type: ['Referral pathway'],
        theme: ['Referral', 'Training'],
        group: ['Children'],
        organisation: ['British Red Cross', 'Croatian Red Cross'],
        country: ['Croatia', 'United Kingdom'],
        year: ['2026'],
        language: ['English'],
      },
      title: 'Referral pathways',
      summary: 'Pathways for caseworkers.',
      date: '2026-11-28',
    });
  });

  it('has its filter values in the language of the page, English where a name has no translation', () => {
    expect(practiceSearch(practice, labels('fr')).filters).toEqual({
      kind: ['Fiche de pratique'],
      type: ['Parcours d’orientation'],
      theme: ['Orientation', 'Training'],
      group: ['Enfants'],
      organisation: ['British Red Cross', 'Croatian Red Cross'],
      country: ['Croatie', 'Royaume-Uni'],
      year: ['2026'],
      language: ['Français'],
    });
    expect(practiceSearch(practice, labels('hr')).filters.organisation).toEqual([
      'British Red Cross',
      'Hrvatski Crveni križ',
    ]);
  });

  it('leaves out what is not published and filters that have no value', () => {
    const filters = practiceSearch(
      { ...practice, themes: ['referral', 'draft-theme'], groups: [], countries: [] },
      labels('en'),
    ).filters;
    expect(filters.theme).toEqual(['Referral']);
    expect(filters).not.toHaveProperty('group');
    expect(filters).not.toHaveProperty('country');
  });
});

describe('an event', () => {
  it('is filed under its organisers, its country and the year it starts, dated by its first day', () => {
    const record = eventSearch(
      {
        title: 'Developing capacity',
        summary: 'A conference.',
        start: '2016-09-07T09:30',
        organisers: ['british-red-cross'],
        location: { city: 'Zagreb', country: 'HR' },
      },
      labels('en'),
    );
    expect(record).toMatchObject({ kind: 'event', date: '2016-09-07', title: 'Developing capacity' });
    expect(record.filters).toEqual({
      kind: ['Event'],
      organisation: ['British Red Cross'],
      country: ['Croatia'],
      year: ['2016'],
      language: ['English'],
    });
  });
});

describe('a network', () => {
  it('is filed under its themes, coordinator, members and funders once each, and the year it was founded', () => {
    const record = networkSearch(
      {
        name: 'PROTECT project',
        summary: 'A consortium.',
        themes: ['referral'],
        coordinator: 'british-red-cross',
        members: ['british-red-cross', 'croatian-red-cross'],
        funders: [],
        countries: ['GB', 'HR'],
        founded: '2014-09',
      },
      labels('en'),
    );
    expect(record).toMatchObject({ kind: 'network', title: 'PROTECT project', date: '2014-09' });
    expect(record.filters).toEqual({
      kind: ['Network'],
      theme: ['Referral'],
      organisation: ['British Red Cross', 'Croatian Red Cross'],
      country: ['United Kingdom', 'Croatia'],
      year: ['2014'],
      language: ['English'],
    });
  });
});

describe('an organisation', () => {
  it('is filed under its own name and country, with its short name and kind as summary and no date', () => {
    expect(
      organisationSearch(
        'croatian-red-cross',
        { shortName: 'HCK', kind: 'national-society', country: 'HR' },
        labels('hr'),
      ),
    ).toEqual({
      kind: 'organisation',
      filters: {
        kind: ['Organizacija'],
        organisation: ['Hrvatski Crveni križ'],
        country: ['Hrvatska'],
        language: ['Hrvatski'],
      },
      title: 'Hrvatski Crveni križ',
      summary: 'HCK · Nacionalno društvo',
    });
  });
});

describe('a standing page', () => {
  it('is filed as a page, with the year it was updated when it says', () => {
    expect(
      pageSearch({ title: 'Privacy', summary: 'What we keep.', updated: '2026-01-05' }, labels('en')),
    ).toEqual({
      kind: 'page',
      filters: { kind: ['Page'], year: ['2026'], language: ['English'] },
      title: 'Privacy',
      summary: 'What we keep.',
      date: '2026-01-05',
    });
    expect(pageSearch({ title: 'About', summary: 'Who we are.' }, labels('en')).filters).toEqual({
      kind: ['Page'],
      language: ['English'],
    });
  });
});

describe('a stage of response or a vulnerable group', () => {
  it('is filed under itself, in the language of the page', () => {
    const description = { en: 'Connecting a person…', fr: 'Mettre une personne en relation…' };
    expect(termSearch('themes', { id: 'referral', data: { description } }, labels('fr'))).toEqual({
      kind: 'theme',
      filters: { kind: ['Étape de la réponse'], theme: ['Orientation'], language: ['Français'] },
      title: 'Orientation',
      summary: 'Mettre une personne en relation…',
    });
    expect(
      termSearch(
        'groups',
        { id: 'children', data: { description: { en: 'People under 18.' } } },
        labels('en'),
      ).filters,
    ).toEqual({ kind: ['Vulnerable group'], group: ['Children'], language: ['English'] });
  });
});
