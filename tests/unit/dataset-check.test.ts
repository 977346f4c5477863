// The safety rules for datasets' tables: each rule has a bad table in tests/fixtures/datasets/bad/, reported at
// its line and cell, and the good tables beside them pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetSchema, type Dataset } from '../../src/schemas/dataset.ts';
import { checkTable } from '../../src/validation/dataset-check.ts';

const folder = 'tests/fixtures/datasets';
const dataset: Dataset = datasetSchema.parse(parse(readFileSync(`${folder}/dataset.yaml`, 'utf8')));
const rounded: Dataset = { ...dataset, suppression: { minimum: 10, rounding: 5 } };
const context = { groups: new Set(['women-at-risk', 'domestic-workers']), themes: new Set<string>() };
const table = (path: string) => readFileSync(`${folder}/${path}`, 'utf8');

describe('a good table', () => {
  it.each([
    ['good/suppressed-with-totals.csv', dataset],
    ['good/quoted-crlf-bom.csv', dataset],
    ['good/rounded.csv', rounded],
  ])('%s passes', (path, rules) => {
    expect(checkTable(rules, table(path), context).problems).toEqual([]);
  });

  it('gives its rows with suppressed cells marked, never a number for them', () => {
    const { rows } = checkTable(dataset, table('good/suppressed-with-totals.csv'), context);
    expect(rows?.[1]).toEqual({
      line: 3,
      values: { year: '2021', group: 'domestic-workers', stage: 'referred' },
      count: { kind: 'suppressed' },
      countAt: 32,
    });
    expect(rows?.[0]?.count).toEqual({ kind: 'shown', value: 40 });
  });
});

/** Each bad table: the rules it is checked with, the line and cell reported, and words of the message. */
const bad: [file: string, rules: Dataset, line: number, cell: string, words: string][] = [
  ['count-below-minimum.csv', dataset, 3, 'people', 'is 3, below the minimum cell size of 10'],
  ['count-not-rounded.csv', rounded, 3, 'people', 'is 23, not a multiple of 5'],
  ['other-marker.csv', dataset, 2, 'people', "'<10' is not a count"],
  ['total-reveals-suppressed.csv', dataset, 4, 'people', 'gives back the suppressed cell on line 3'],
  ['name-column.csv', dataset, 1, 'name', 'looks like a column of names'],
  ['birth-date-column.csv', dataset, 1, 'date-of-birth', 'looks like a column of dates of birth'],
  ['identifier-column.csv', dataset, 1, 'case-id', 'looks like a column of identifiers'],
  ['free-text-column.csv', dataset, 1, 'notes', 'looks like a column of free text'],
  ['event-date-column.csv', dataset, 1, 'referral-date', 'looks like a column of exact dates of events'],
  ['exact-date-value.csv', dataset, 3, 'year', "'2023-04-17' is an exact date"],
  ['free-text-value.csv', dataset, 3, 'stage', 'a table holds categories, never free text'],
  ['undeclared-column.csv', dataset, 1, 'sex', 'is not a column of this dataset'],
];

describe('a bad table', () => {
  it('has a fixture for every rule, each tested here', () => {
    const files = readFileSync(`${folder}/bad/.list`, 'utf8').trim().split('\n');
    expect(new Set(bad.map(([file]) => file))).toEqual(new Set(files));
  });

  it.each(bad)('%s is reported at its line and cell', (file, rules, line, cell, words) => {
    const { problems, rows } = checkTable(rules, table(`bad/${file}`), context);
    expect(rows).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({ line, cell, message: expect.stringContaining(words) }),
    );
  });

  it('names the column a suppressed total must be checked through, with the sum it gives back', () => {
    const { problems } = checkTable(dataset, table('bad/total-reveals-suppressed.csv'), context);
    expect(problems).toEqual([
      expect.objectContaining({
        column: 21,
        message: expect.stringContaining('47 minus the shown group cells (40) is 7'),
      }),
    ]);
  });

  it('refuses a quote left open, at the quote', () => {
    expect(checkTable(dataset, 'year,group,stage,people\n2021,"women,stage,4\n', context).problems).toEqual([
      expect.objectContaining({ line: 2, column: 6, message: expect.stringContaining('never closed') }),
    ]);
  });
});

describe('the rule in the metadata', () => {
  it('is 10 when a dataset gives no minimum, and never below 5', () => {
    const raw = parse(readFileSync(`${folder}/dataset.yaml`, 'utf8')) as Record<string, unknown>;
    expect(datasetSchema.parse({ ...raw, suppression: {} }).suppression.minimum).toBe(10);
    expect(datasetSchema.safeParse({ ...raw, suppression: { minimum: 4 } }).success).toBe(false);
    expect(datasetSchema.safeParse({ ...raw, suppression: undefined }).success).toBe(false);
  });
});
