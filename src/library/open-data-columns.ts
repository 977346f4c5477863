/**
 * The practice notes as open data: one row per note with its metadata, as /data/practices.json and
 * /data/practices.csv publish it. The columns are defined once here, with what each holds; docs/data.md
 * describes them for people who reuse the data, and a test keeps the two in step.
 */
import type { Practice } from '../schemas/practice.ts';

export interface ExportColumn {
  name: string;
  /** What the column holds, for docs/data.md. */
  description: string;
}

/** A note in the export: its id, where it lives, the languages it is written in, and its metadata. */
export interface ExportedPractice {
  id: string;
  url: string;
  /** The original language, and every language the note is written in. */
  language: string;
  languages: string[];
  data: Practice;
}

const columns = {
  id: 'The note’s id, the last part of its address; other entries refer to it by this id.',
  url: 'The note’s page in English.',
  title: 'The title, in the note’s original language.',
  summary: 'One or two sentences, in the original language.',
  language: 'The original language (ISO 639-1).',
  languages: 'Every language the note is written in.',
  type: 'guidance, training, referral-pathway, tool, case-study, research or policy.',
  themes: 'Stages of response (ids of /themes/).',
  groups: 'Vulnerable groups (ids of /groups/).',
  organisations: 'Implementing organisations (ids of /organisations/).',
  countries: 'ISO 3166-1 alpha-2 codes, or UN M49 region codes (150 Europe, 001 World).',
  periodStart: 'When the practice began: YYYY or YYYY-MM.',
  periodEnd: 'When it ended, if it has.',
  status: 'piloted, ongoing or completed.',
  published: 'When the note was published here: YYYY-MM-DD.',
  updated: 'When it last changed in substance.',
  reviewBy: 'When an editor should check it is still right.',
  evidence: 'promising, evaluated or established.',
  resources: 'How many tools and documents come with it.',
} as const;

export type ExportColumnName = keyof typeof columns;

export const exportColumns: ExportColumn[] = Object.entries(columns).map(([name, description]) => ({
  name,
  description,
}));

/** Values of several items are joined with this in the CSV; the JSON keeps lists. */
export const listSeparator = '; ';

export function exportRow({
  id,
  url,
  language,
  languages,
  data,
}: ExportedPractice): Record<ExportColumnName, string | number | string[] | undefined> {
  return {
    id,
    url,
    title: data.title,
    summary: data.summary,
    language,
    languages,
    type: data.type,
    themes: data.themes,
    groups: data.groups,
    organisations: data.organisations,
    countries: data.countries,
    periodStart: data.period?.start,
    periodEnd: data.period?.end,
    status: data.status,
    published: data.published,
    updated: data.updated,
    reviewBy: data.reviewBy,
    evidence: data.evidence?.level,
    resources: data.resources.length,
  };
}

/** A row as CSV cells: lists joined, missing values empty. */
export function csvCells(row: ReturnType<typeof exportRow>): string[] {
  return exportColumns.map(({ name }) => {
    const value = row[name as ExportColumnName];
    return Array.isArray(value) ? value.join(listSeparator) : value === undefined ? '' : String(value);
  });
}
