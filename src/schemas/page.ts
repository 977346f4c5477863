/** A standing page of the portal: about, how to contribute, accessibility statement, privacy notice. */
import { z } from 'astro/zod';
import { calendarDate, summary, text } from './common.ts';

export const pageSchema = z.strictObject({
  /** The page's title. */
  title: text,
  // Also the page's meta description, which search engines show.
  /** One or two plain sentences, shown in search results and by search engines. */
  summary,
  /** The date the page last changed in substance, shown on statements and notices. */
  updated: calendarDate.optional(),
  /** Switch on to keep this off the site, even after publishing. It is still checked for mistakes. */
  draft: z.boolean().default(false),
});

export type Page = z.output<typeof pageSchema>;
