/** A Movement network, project consortium or regional platform, with its members and meetings. */
import { z } from 'astro/zod';
import { contact, country, ref, refs, summary, text, url, yearOrMonth } from './common.ts';

export const networkKinds = ['movement-network', 'project-consortium', 'regional-platform'] as const;

export const networkSchema = z.strictObject({
  /** The network's name. */
  name: text,
  // Also the page's meta description, which search engines show.
  /** One or two plain sentences, shown on cards, in search results and by search engines. */
  summary,
  /** What kind of network it is. */
  kind: z.enum(networkKinds),
  // Ids of entries in content/organisations/.
  /** Choose the network's member organisations: at least one. */
  members: refs('organisations').min(1, 'needs at least one member'),
  // The id of an entry in content/organisations/.
  /** Choose the member organisation that coordinates the network, if one does. */
  coordinator: ref('organisations').optional(),
  // Ids of entries in content/organisations/.
  /** Choose the organisations that fund the network. */
  funders: refs('organisations').default([]),
  // Ids of entries in content/taxonomies/themes/.
  /** Choose the stages of response that the network works on. */
  themes: refs('themes').default([]),
  // ISO 3166-1 alpha-2 codes, or UN M49 region codes (150 Europe, 001 World) for regional work.
  /** Choose the countries the network works in. For regional work, choose a region, such as Europe. */
  countries: z.array(country).default([]),
  /** When the network began: type a year, like 2014, or a month, like 2014-09. */
  founded: yearOrMonth.optional(),
  /** When the network ended, if it has, typed the same way. */
  closed: yearOrMonth.optional(),
  /** The network's own website. */
  website: url.optional(),
  /** Whom readers can ask about the network: a team and its work address, never a private person. */
  contact: contact.optional(),
  /** Switch on to keep this off the site, even after publishing. It is still checked for mistakes. */
  draft: z.boolean().default(false),
});

export type Network = z.output<typeof networkSchema>;
