/**
 * A dataset: aggregate counts that an organisation publishes (people supported by year, by vulnerable group…),
 * described here in every language, with the table itself as a CSV file beside this one. The safety rules for
 * the table (minimum cell size, rounding, suppression, no records about people) are checked by
 * src/validation/dataset-check.ts; docs/safeguarding.md gives their reasons.
 */
import { z } from 'astro/zod';
import {
  calendarDate,
  country,
  id,
  neutral,
  refs,
  text,
  translatedText,
  url,
  yearOrMonth,
} from './common.ts';

/**
 * What a column of the table holds: a year; a vulnerable group or stage of response by its id in the
 * taxonomies; a country code; or categories the dataset lists itself (`values`).
 */
export const dimensionKinds = ['year', 'group', 'theme', 'country', 'category'] as const;

/** Licences a dataset may be published under: open ones, so that others may reuse the figures. */
export const datasetLicences = ['CC-BY-4.0', 'CC0-1.0', 'OGL-UK-3.0'] as const;

/** The agreed marker of a suppressed cell, [c] for confidential: one marker, so readers and programs tell a withheld count from a missing one. */
export const suppressedMarker = '[c]';

/** The value of a dimension that marks a row as the total over that dimension. */
export const totalValue = 'total';

/** The smallest minimum cell size a dataset may declare, and the one it gets when it says nothing. */
export const minimumCellSize = { floor: 5, default: 10 } as const;

/** The file name of a CSV table beside the dataset's metadata. */
export const tableFile = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.csv$/, 'is not a CSV file name; write it like nrm-referrals.csv');

export const categoryValue = z.strictObject({
  /** The value as the CSV writes it: lower-case letters, digits and hyphens, like adult. */
  value: id(),
  /** What readers see for it, in each language. English is required. */
  label: translatedText,
});

export const dimension = z.strictObject({
  /** The heading of the column in the CSV: lower-case letters, digits and hyphens, like year. */
  column: id(),
  /** What the column holds. Groups and stages are written by their ids; countries by their codes (GB). */
  kind: z.enum(dimensionKinds),
  /** The column's name as readers see it, in each language, such as "Year". English is required. */
  label: translatedText,
  /** For categories only: every value the column may hold, with its label. */
  values: z.array(categoryValue).optional(),
});

export const suppression = z.strictObject({
  /**
   * The smallest count the table may show: a count from 1 up to one below it must be written [c]
   * (suppressed). 10 unless you choose otherwise; never below 5.
   */
  minimum: z
    .number()
    .int()
    .min(minimumCellSize.floor, `is below ${minimumCellSize.floor}; no dataset may show smaller counts`)
    .default(minimumCellSize.default),
  /** If every count is rounded, the base it is rounded to, such as 5: every shown count is then a multiple of it. */
  rounding: z.number().int().min(2, 'is below 2; leave it empty if counts are not rounded').optional(),
});

export const datasetSource = z.strictObject({
  /** The title of the publication the figures come from. */
  title: text,
  /** Who published it. */
  publisher: text,
  /** Where it is published. */
  url,
  /** The date the figures were read from it, to check them against later editions. */
  read: calendarDate,
});

export const datasetSchema = z
  .strictObject({
    /** The dataset's name in each language, saying what is counted, where and when. English is required. */
    title: translatedText,
    /** One or two plain sentences in each language, shown on cards and in search results. */
    summary: translatedText,
    // Ids of entries in content/organisations/.
    /** Choose the organisations that hold the data and publish it. */
    organisations: refs('organisations').min(1, 'needs at least one organisation'),
    // ISO 3166-1 alpha-2 codes, or UN M49 region codes.
    /** Choose the countries the figures cover. For regional figures, choose a region, such as Europe. */
    countries: z.array(country).min(1, 'needs at least one country'),
    // Ids of entries in content/taxonomies/groups/.
    /** Choose the vulnerable groups the figures are about, if any. */
    groups: refs('groups').default([]),
    /** The years the figures cover: type a year, like 2020, or a month, like 2020-01. */
    period: z.strictObject({ start: yearOrMonth, end: yearOrMonth }),
    /** What each count counts: its column in the CSV, its name and its unit, such as "people". */
    measure: z.strictObject({ column: id(), label: translatedText, unit: translatedText }),
    /** The other columns of the CSV, one for each way the counts are broken down: year, group… */
    dimensions: z.array(dimension).min(1, 'needs at least one dimension, such as the year'),
    // The CSV sits beside this file, in content/datasets/.
    /** The table: upload the CSV file, one column per dimension and one for the count. */
    table: neutral(tableFile),
    /** The disclosure rule the table follows: its smallest shown count and any rounding. */
    suppression,
    /** How the figures were collected and counted, in each language. English is required. */
    method: translatedText,
    /** What readers must keep in mind when they compare figures, in each language. */
    caveats: translatedText.optional(),
    /** The open licence the figures are published under. */
    licence: z.enum(datasetLicences),
    /** Where the figures were published: one publication, or one for each part of the table. */
    sources: z.array(datasetSource).min(1, 'needs at least one source'),
    /** The date the figures last changed. */
    updated: calendarDate,
    // Ids of entries in content/practices/ and content/events/.
    /** Choose practice notes that use or explain these figures. */
    practices: refs('practices').default([]),
    /** Choose events where the figures were presented. */
    events: refs('events').default([]),
    /** Switch on to keep this off the site, even after publishing. It is still checked for mistakes. */
    draft: z.boolean().default(false),
  })
  .superRefine((dataset, ctx) => {
    const columns = dataset.dimensions.map((d) => d.column);
    dataset.dimensions.forEach((d, index) => {
      if (columns.indexOf(d.column) !== index)
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', index, 'column'],
          message: `names the column "${d.column}" twice; give each dimension its own column`,
        });
      if (d.kind === 'category' && !d.values?.length)
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', index, 'values'],
          message: 'is required for categories; list every value the column may hold, with its label',
        });
      if (d.kind !== 'category' && d.values)
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', index, 'values'],
          message: `is only for categories; a ${d.kind} column takes its values from the ${d.kind === 'year' ? 'years' : `site's ${d.kind}s`}`,
        });
    });
    if (columns.includes(dataset.measure.column))
      ctx.addIssue({
        code: 'custom',
        path: ['measure', 'column'],
        message: 'is also a dimension; the count needs its own column',
      });
    if (dataset.period.end < dataset.period.start)
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: 'is before the start' });
  });

export type Dataset = z.output<typeof datasetSchema>;
export type Dimension = z.output<typeof dimension>;
export type DimensionKind = (typeof dimensionKinds)[number];

/** A cell of a table's count column, as the check reads it. */
export type Count = { readonly kind: 'shown'; readonly value: number } | { readonly kind: 'suppressed' };

/** One row of a checked table: its dimension values by column, and its count. */
export interface TableRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
  readonly count: Count;
  /** The column the count's cell starts at. */
  readonly countAt: number;
}
