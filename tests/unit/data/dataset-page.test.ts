import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';
import {
  datasetCatalog,
  datasetCsv,
  datasetJson,
  datasetListPage,
  datasetPage,
} from '../../../src/data/dataset-page.ts';
import { shownFacts } from './shown-facts.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const dataset = async () => {
  const catalog = await getCatalog();
  return { catalog, item: catalog.datasets.get('people-supported')! };
};

describe('datasetPage', () => {
  test('gives its holders, places, groups, period, measure, licence and date', async () => {
    const { catalog, item } = await dataset();
    expect(shownFacts(datasetPage(catalog, item, 'en').facts)).toEqual({
      Organisations: [{ label: 'Example Red Cross', href: '/organisations/example-red-cross/' }],
      Countries: [
        { label: 'United Kingdom', href: '/countries/gb/' },
        { label: 'Croatia', href: '/countries/hr/' },
      ],
      'Vulnerable groups': [{ label: 'Children', href: '/groups/children/' }],
      Period: ['2021–2023'],
      'What is counted': ['People supported (people)'],
      Licence: [
        { label: 'Creative Commons Attribution 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },
      ],
      Updated: ['5 December 2026'],
    });
  });

  test('draws a line over the years, bars by group and a chart per group, each with the rule', async () => {
    const { catalog, item } = await dataset();
    const { charts, rule } = datasetPage(catalog, item, 'en');
    expect(rule).toBe(
      'Counts from 1 to 9 are not shown: they read “fewer than 10”. Counts are rounded to a multiple of 5.',
    );
    expect(charts.map((chart) => [chart.id, chart.kind, chart.title])).toEqual([
      ['years', 'line', 'People supported, by year'],
      ['by-group', 'bars', 'People supported, by group, 2023'],
    ]);
    expect(charts.every((chart) => chart.rule === rule)).toBe(true);
  });

  test('gives each chart a text alternative and the same figures as a table, suppressed cells in words', async () => {
    const { catalog, item } = await dataset();
    const [line, bars] = datasetPage(catalog, item, 'en').charts;
    expect(line?.description).toBe(
      'Line chart. People supported: 55 in 2021 and 60 in 2023; the highest was 60 in 2023.',
    );
    expect(line?.table).toEqual({
      columns: ['Year', 'People supported'],
      rows: [
        ['2021', '55'],
        ['2022', 'fewer than 10'],
        ['2023', '60'],
      ],
    });
    // The suppressed year is a gap in the line, not a point at zero.
    expect(line?.line?.points).toHaveLength(2);
    expect(line?.line?.path.match(/M/g)).toHaveLength(2);
    expect(bars?.description).toBe('Bar chart. People supported by group: Children 25.');
  });

  test('mirrors the charts in Arabic', async () => {
    const { catalog, item } = await dataset();
    const en = datasetPage(catalog, item, 'en').charts[0]!.line!;
    const ar = datasetPage(catalog, item, 'ar').charts[0]!.line!;
    expect(en.categories[0]!.x).toBeLessThan(en.categories[2]!.x);
    expect(ar.categories[0]!.x).toBeGreaterThan(ar.categories[2]!.x);
    expect(datasetPage(catalog, item, 'ar').title).toBe('الأشخاص الذين تلقوا الدعم، حسب السنة');
  });

  test('writes numbers as the reader’s language does', async () => {
    const { catalog, item } = await dataset();
    const nrm = {
      ...item,
      rows: item.rows.map((row) => ({ ...row, count: { kind: 'shown' as const, value: 10605 } })),
    };
    expect(datasetPage(catalog, nrm, 'fr').charts[0]?.table.rows[0]).toEqual(['2021', '10\u202f605']);
    expect(datasetPage(catalog, nrm, 'en').charts[0]?.table.rows[0]).toEqual(['2021', '10,605']);
  });

  test('offers CSV and JSON downloads, a citation, its sources, its practice notes and search filters', async () => {
    const { catalog, item } = await dataset();
    const page = datasetPage(catalog, item, 'en');
    expect(page.downloads.map((file) => file.href)).toEqual([
      '/data/people-supported/people-supported.csv',
      '/data/people-supported/people-supported.json',
    ]);
    expect(page.citation).toBe(
      'Example Red Cross (2026). People supported, by year. Practice Exchange. http://localhost:4321/data/people-supported/',
    );
    expect(page.sources).toEqual([
      {
        title: 'Example annual report',
        publisher: 'Example Red Cross',
        url: 'https://example.org/report',
        read: 'figures read on 5 December 2026',
      },
    ]);
    expect(page.practices.map((p) => p.slug)).toEqual(['example-referral-pathway']);
    expect(page.frame.search?.filters).toMatchObject({
      kind: ['Dataset'],
      organisation: ['Example Red Cross'],
      country: ['United Kingdom', 'Croatia'],
      group: ['Children'],
      year: ['2021', '2022', '2023'],
    });
  });

  test('is not indexed in a language its words are not written in', async () => {
    const { catalog, item } = await dataset();
    const fr = datasetPage(catalog, item, 'fr');
    expect(fr.frame.search).toBeUndefined();
    expect(fr.lang).toBe('en');
  });
});

describe('the downloads', () => {
  test('keep suppressed cells suppressed: the marker in CSV, null and a flag in JSON', async () => {
    const { item } = await dataset();
    expect(datasetCsv(item).split('\r\n').slice(0, 4)).toEqual([
      'year,group,people',
      '2021,children,40',
      '2021,total,55',
      '2022,children,[c]',
    ]);
    expect((datasetJson(item)['rows'] as unknown[])[2]).toEqual({
      year: '2022',
      group: 'children',
      people: null,
      suppressed: true,
    });
    expect(datasetJson(item)['suppression']).toEqual({ minimum: 10, rounding: 5, marker: '[c]' });
  });
});

describe('datasetListPage', () => {
  test('lists each dataset with the values its filters match', async () => {
    const page = datasetListPage(await getCatalog(), 'en');
    expect(page.cards).toEqual([
      expect.objectContaining({
        href: '/data/people-supported/',
        title: 'People supported, by year',
        filters: {
          organisation: ['example-red-cross'],
          country: ['GB', 'HR'],
          groups: ['children'],
          year: ['2021', '2022', '2023'],
        },
      }),
    ]);
    expect(page.filters.map((filter) => [filter.name, filter.options.map((o) => o.label)])).toEqual([
      ['organisation', ['Example Red Cross']],
      ['country', ['Croatia', 'United Kingdom']],
      ['groups', ['Children']],
      ['year', ['2023', '2022', '2021']],
    ]);
  });
});

describe('datasetCatalog', () => {
  test('lists every dataset and the practice notes’ open-data files in DCAT terms', async () => {
    const dcat = datasetCatalog(await getCatalog());
    const entries = dcat['dcat:dataset'] as Record<string, unknown>[];
    expect(dcat['@type']).toBe('dcat:Catalog');
    expect(entries.map((entry) => entry['@id'])).toEqual([
      'http://localhost:4321/data/people-supported/',
      'http://localhost:4321/practices/',
    ]);
    expect(
      (entries[1]!['dcat:distribution'] as { 'dcat:downloadURL': { '@id': string } }[]).map(
        (d) => d['dcat:downloadURL']['@id'],
      ),
    ).toEqual(['http://localhost:4321/data/practices.csv', 'http://localhost:4321/data/practices.json']);
    expect(entries[0]).toMatchObject({
      'dct:temporal': { 'dcat:startDate': '2021', 'dcat:endDate': '2023' },
      'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
    });
  });
});
