import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCells, exportColumns, exportRow } from '../../src/library/open-data-columns.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';

const data = practiceSchema.parse({
  title: 'Referral pathways',
  summary: 'Pathways for caseworkers.',
  type: 'referral-pathway',
  themes: ['referral', 'casework-and-assistance'],
  organisations: ['british-red-cross'],
  countries: ['GB', 'HR'],
  published: '2026-11-20',
});

const row = exportRow({
  id: 'referral-pathways',
  url: 'https://example.org/practices/referral-pathways/',
  language: 'en',
  languages: ['en', 'hr'],
  data,
});

describe('practice export', () => {
  it('has a value or nothing for every column, lists as lists', () => {
    expect(Object.keys(row)).toEqual(exportColumns.map((column) => column.name));
    expect(row).toMatchObject({
      id: 'referral-pathways',
      type: 'referral-pathway',
      themes: ['referral', 'casework-and-assistance'],
      groups: [],
      countries: ['GB', 'HR'],
      languages: ['en', 'hr'],
      resources: 0,
    });
    expect(row.periodStart).toBeUndefined();
  });

  it('writes CSV cells with lists joined and missing values empty', () => {
    const cells = csvCells(row);
    const cell = (name: string) => cells[exportColumns.findIndex((column) => column.name === name)];
    expect(cell('themes')).toBe('referral; casework-and-assistance');
    expect(cell('groups')).toBe('');
    expect(cell('status')).toBe('');
    expect(cell('resources')).toBe('0');
  });

  it('is described column by column in docs/data.md', () => {
    // A table row per column, however the table's cells are padded.
    const rows = readFileSync('docs/data.md', 'utf8')
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const { name, description } of exportColumns)
      expect(rows).toContainEqual(['', `\`${name}\``, description, '']);
  });
});
