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
    /** What the reader gets, as a title. */
    title: text,
    /** An uploaded file under /uploads/. Give this or `url`. */
    file: upload.optional(),
    /** A link to where the resource lives. Give this or `file`. */
    url: url.optional(),
    /** The kind of file or medium, so readers on metered connections know what they open. */
    format: z.enum(resourceFormats),
    /** The language of the resource itself. */
    language: locale,
    /** Its size in bytes, shown rounded to readers. */
    bytes: bytes().optional(),
  })
  .refine((r) => Boolean(r.file) !== Boolean(r.url), {
    message: 'needs exactly one of `file` (an upload) or `url` (a link)',
  });

export const practiceSchema = z
  .strictObject({
    /** The practice's name, as readers would say it. */
    title: text,
    /** One or two plain sentences for cards, search results and the page description. */
    summary,
    /** What kind of practice note this is. */
    type: z.enum(practiceTypes),
    /** Stages of response (ids in content/taxonomies/themes/). */
    themes: refs('themes').min(1, 'needs at least one theme'),
    /** Vulnerable groups the practice serves (ids in content/taxonomies/groups/). */
    groups: refs('groups').default([]),
    /** Organisations that implemented it (ids in content/organisations/). */
    organisations: refs('organisations').min(1, 'needs at least one organisation'),
    /** Where it was applied: ISO 3166-1 alpha-2 codes, or a UN M49 region code for regional work. */
    countries: z.array(country).default([]),
    /** When it ran: a year or a month for each end; leave `end` out while it continues. */
    period: z.strictObject({ start: yearOrMonth, end: yearOrMonth.optional() }).optional(),
    /** How far it has got. */
    status: z.enum(practiceStatuses).optional(),
    /** When this note was first published on the portal. */
    published: calendarDate,
    /** When this note last changed in substance. */
    updated: calendarDate.optional(),
    /** When an editor should check the note is still right. */
    reviewBy: calendarDate.optional(),
    /** How strong the evidence is, and in a few sentences why this is a good practice. */
    evidence: z.strictObject({ level: z.enum(evidenceLevels), why: prose() }).optional(),
    /** Tools, templates and documents to download or open. */
    resources: z.array(resource).default([]),
    /** Whom to ask: a team and an organisational address, never a private person. */
    contact: contact.optional(),
    /** Practices to read next, listed first among related practices (ids in content/practices/). */
    related: refs('practices').default([]),
    /** A warning shown before the body when it describes distressing experiences. */
    contentWarning: prose().optional(),
    /** A draft is validated but never published. */
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
