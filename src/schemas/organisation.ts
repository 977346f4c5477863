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
  /** The full name in each language it is known by; English is required. */
  name: translatedText,
  /** A short name or acronym, such as ICMPD. */
  shortName: text.optional(),
  /** What kind of organisation it is. */
  kind: z.enum(organisationKinds),
  /** Where it is based: ISO 3166-1 alpha-2, or a UN M49 region for regional bodies. */
  country: country.optional(),
  /** Its own website. */
  website: url.optional(),
});

export type Organisation = z.output<typeof organisationSchema>;
