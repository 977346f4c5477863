/** A term of a taxonomy: a stage of response (theme) or a vulnerable group, named in each language. */
import { z } from 'astro/zod';
import { translatedText } from './common.ts';

export const taxonomySchema = z.strictObject({
  /** The name in each language. English is required: readers see it where a translation is missing. */
  label: translatedText,
  /** One neutral paragraph on what this covers, in each language. English is required. */
  description: translatedText,
  /** Its place in lists, lowest number first. Leave empty to list it alphabetically after those numbered. */
  order: z.number().int().nonnegative().optional(),
});

export type TaxonomyTerm = z.output<typeof taxonomySchema>;
