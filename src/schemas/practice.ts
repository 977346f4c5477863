/** A good-practice note: what a national society or partner did against trafficking, and how to reuse it. */
import { z } from 'astro/zod';
import {
  bytes,
  calendarDate,
  contact,
  country,
  locale,
  prose,
  refs,
  summary,
  text,
  upload,
  url,
  yearOrMonth,
} from './common.ts';

export const practiceTypes = [
  'guidance',
  'training',
  'referral-pathway',
  'tool',
  'case-study',
  'research',
  'policy',
] as const;

export const practiceStatuses = ['piloted', 'ongoing', 'completed'] as const;

/** How strong the evidence is that the practice works, weakest first. */
export const evidenceLevels = ['promising', 'evaluated', 'established'] as const;

export const resourceFormats = [
  'pdf',
  'document',
  'spreadsheet',
  'presentation',
  'video',
  'audio',
  'e-learning',
  'web',
] as const;

/** A downloadable or linked tool, template or document that comes with a practice or an event. */
export const resource = z
  .strictObject({
    /** A title that says what the reader gets, such as "Screening checklist". */
    title: text,
    // A path under public/uploads/, served as /uploads/…; exactly one of file and url (checked below).
    /** Upload the file, or give a web address below instead: one or the other, not both. */
    file: upload.optional(),
    /** Where the resource is online, if it is not uploaded above. Give a file or a web address, not both. */
    url: url.optional(),
    /** The kind of file or medium, so readers on slow or costly connections know what they are opening. */
    format: z.enum(resourceFormats),
    /** The language the resource itself is in, which may differ from the note's. */
    language: locale,
    /** The file's size in bytes, such as 2400000 for a 2.4 MB file. Readers see it rounded. */
    bytes: bytes().optional(),
  })
  .refine((r) => Boolean(r.file) !== Boolean(r.url), {
    message: 'needs exactly one of `file` (an upload) or `url` (a link)',
  });

export const practiceSchema = z
  .strictObject({
    /** The practice's name, in the words readers would use. */
    title: text,
    // Also the page's meta description, which search engines show.
    /** One or two plain sentences, shown on cards, in search results and by search engines. */
    summary,
    /** What kind of practice this is, such as a referral pathway or a training. */
    type: z.enum(practiceTypes),
    // Ids of entries in content/taxonomies/themes/.
    /** Choose at least one stage of response that the practice covers. */
    themes: refs('themes').min(1, 'needs at least one theme'),
    // Ids of entries in content/taxonomies/groups/.
    /** Choose the vulnerable groups that the practice serves. */
    groups: refs('groups').default([]),
    // Ids of entries in content/organisations/.
    /** Choose at least one organisation that carried out the practice. */
    organisations: refs('organisations').min(1, 'needs at least one organisation'),
    // ISO 3166-1 alpha-2 codes, or UN M49 region codes (150 Europe, 001 World) for regional work.
    /** Choose the countries where it was applied. For regional work, choose a region, such as Europe. */
    countries: z.array(country).default([]),
    /**
     * When the practice ran. For the start and the end, type a year, like 2014, or a month, like 2014-09.
     * Leave the end empty while it continues.
     */
    period: z.strictObject({ start: yearOrMonth, end: yearOrMonth.optional() }).optional(),
    /** Whether the practice is being piloted, is ongoing or has been completed. */
    status: z.enum(practiceStatuses).optional(),
    /** The date this note first appears on the portal. */
    published: calendarDate,
    /** The date this note last changed in substance, not counting small corrections. */
    updated: calendarDate.optional(),
    /**
     * When an editor should check that the note is still right. After this date, readers see a notice that
     * some details may be out of date.
     */
    reviewBy: calendarDate.optional(),
    /**
     * How strong the evidence is that the practice works, from Promising (weakest) to Established
     * (strongest). Under Why, say in a few sentences why it is a good practice.
     */
    evidence: z.strictObject({ level: z.enum(evidenceLevels), why: prose() }).optional(),
    /** Tools, templates and documents that readers can download or open: add one for each. */
    resources: z.array(resource).default([]),
    /** Whom readers can ask about the practice: a team and its work address, never a private person. */
    contact: contact.optional(),
    // Ids of entries in content/practices/.
    /**
     * Choose practices to suggest reading next. They come first among the related practices, before any the
     * site picks itself.
     */
    related: refs('practices').default([]),
    /** A short warning, shown above the text, when it describes distressing experiences. */
    contentWarning: prose().optional(),
    /** Switch on to keep this off the site, even after publishing. It is still checked for mistakes. */
    draft: z.boolean().default(false),
  })
  .superRefine((practice, ctx) => {
    if (practice.updated && practice.updated < practice.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: 'is before `published`; an update comes after publication',
      });
    }
    if (practice.reviewBy && practice.reviewBy <= practice.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewBy'],
        message: 'is not after `published`; a review is due after the note is published',
      });
    }
  });

export type Practice = z.output<typeof practiceSchema>;
export type Resource = z.output<typeof resource>;
export type PracticeType = (typeof practiceTypes)[number];
