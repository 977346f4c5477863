/** An organisation that implements practices, organises events, belongs to networks or funds them. */
import { z } from 'astro/zod';
import { country, text, translatedText, url } from './common.ts';

export const organisationKinds = [
  'national-society',
  'ifrc',
  'icrc',
  'international-organisation',
  'government-body',
  'ngo',
  'academic',
  'funder',
] as const;

export const organisationSchema = z.strictObject({
  /**
   * The organisation's full name in each language it is known by. English is required: readers see it where
   * a translation is missing.
   */
  name: translatedText,
  /** A short name or acronym, such as ICMPD. */
  shortName: text.optional(),
  /** What kind of organisation it is. */
  kind: z.enum(organisationKinds),
  // An ISO 3166-1 alpha-2 code, or a UN M49 region code (150 Europe) for regional bodies.
  /** The country where it is based. For a regional body, choose a region, such as Europe. */
  country: country.optional(),
  /** The organisation's own website. */
  website: url.optional(),
});

export type Organisation = z.output<typeof organisationSchema>;
