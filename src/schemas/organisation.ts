/** An organisation that implements practices, organises events, belongs to networks or funds them. */
import { z } from 'astro/zod';
import { country, emailDomain, publicPhone, text, translatedText, url } from './common.ts';

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
  // Safeguarding: the text of entries may give these numbers; any other phone number is refused.
  /**
   * Phone numbers the organisation publishes for everyone, such as a helpline or a switchboard, written as
   * readers dial them from abroad (+44 344 871 11 11). Never a person's own number.
   */
  phones: z.array(publicPhone).optional(),
  // E-mail addresses at these domains, or at a subdomain of them, may appear in the text of entries.
  /**
   * The domains of the organisation's e-mail addresses, such as redcross.org.uk, when they differ from its
   * website's. Only the organisation's own domains: never a mail provider's.
   */
  emailDomains: z.array(emailDomain).optional(),
});

export type Organisation = z.output<typeof organisationSchema>;
