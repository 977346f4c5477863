/** A term of a taxonomy: a stage of response (theme) or a vulnerable group, named in each language. */
import { z } from 'astro/zod';
import { translatedText } from './common.ts';

export const taxonomySchema = z.strictObject({
  /** The term's name in each language; English is required. */
  label: translatedText,
  /** One neutral paragraph on what the term covers, in each language. */
  description: translatedText,
  /** Position in lists, lowest first; terms without it follow in alphabetical order. */
  order: z.number().int().nonnegative().optional(),
});

export type TaxonomyTerm = z.output<typeof taxonomySchema>;
