/** A Movement network, project consortium or regional platform, with its members and meetings. */
import { z } from 'astro/zod';
import { contact, country, ref, refs, summary, text, url, yearOrMonth } from './common.ts';

export const networkKinds = ['movement-network', 'project-consortium', 'regional-platform'] as const;

export const networkSchema = z.strictObject({
  /** The network's name. */
  name: text,
  /** One or two plain sentences for cards, search results and the page description. */
  summary,
  /** What kind of network it is. */
  kind: z.enum(networkKinds),
  /** Member organisations (ids in content/organisations/). */
  members: refs('organisations').min(1, 'needs at least one member'),
  /** The member that coordinates it (an id in content/organisations/). */
  coordinator: ref('organisations').optional(),
  /** Organisations that fund it (ids in content/organisations/). */
  funders: refs('organisations').default([]),
  /** Stages of response it works on (ids in content/taxonomies/themes/). */
  themes: refs('themes').default([]),
  /** Countries it works in: ISO 3166-1 alpha-2 codes or UN M49 regions. */
  countries: z.array(country).default([]),
  /** When it began: a year or a month. */
  founded: yearOrMonth.optional(),
  /** When it ended, if it has. */
  closed: yearOrMonth.optional(),
  /** Its own website. */
  website: url.optional(),
  /** Whom to ask: a team and an organisational address. */
  contact: contact.optional(),
  /** A draft is validated but never published. */
  draft: z.boolean().default(false),
});

export type Network = z.output<typeof networkSchema>;
