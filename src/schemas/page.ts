/** A standing page of the portal: about, how to contribute, accessibility statement, privacy notice. */
import { z } from 'astro/zod';
import { calendarDate, summary, text } from './common.ts';

export const pageSchema = z.strictObject({
  /** The page's title. */
  title: text,
  /** One or two plain sentences for search results and the page description. */
  summary,
  /** When the page last changed in substance; shown on statements and notices. */
  updated: calendarDate.optional(),
  /** A draft is validated but never published. */
  draft: z.boolean().default(false),
});

export type Page = z.output<typeof pageSchema>;
