/** A conference, workshop or webinar, with the outputs it produced and the practices presented there. */
import { z } from 'astro/zod';
import { bytes, country, locale, neutral, ref, refs, summary, text, upload, url } from './common.ts';
import { resourceFormats } from './practice.ts';

export const eventFormats = ['in-person', 'online', 'hybrid'] as const;

export const outputKinds = [
  'report',
  'slides',
  'recording',
  'e-module',
  'photos',
  'summary',
  'guidance',
] as const;

const dateOrDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** A day (YYYY-MM-DD) or a local time on a day (YYYY-MM-DDTHH:MM) in the event's time zone. */
const eventTime = neutral(
  z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value,
    z
      .string()
      .regex(dateOrDateTime, 'write a day (2016-09-07) or a day and local time (2016-09-07T09:30)')
      .refine(
        (value) => !Number.isNaN(Date.parse(value.length === 10 ? value : `${value}:00Z`)),
        'is not a real date',
      ),
  ),
);

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Something the event produced that attendees come back for. */
export const eventOutput = z.strictObject({
  /** What kind of output it is; outputs are grouped by kind on the event page. */
  kind: z.enum(outputKinds),
  /** Its title. */
  title: text,
  /** An uploaded file under /uploads/, if there is one. */
  file: upload.optional(),
  /** A link to it, if it lives elsewhere. */
  url: url.optional(),
  /** The kind of file or medium. */
  format: z.enum(resourceFormats).optional(),
  /** The language of the output. */
  language: locale.optional(),
  /** Its size in bytes. */
  bytes: bytes().optional(),
  /** The practice this output belongs to (an id in content/practices/). */
  practice: ref('practices').optional(),
});

export const eventSchema = z
  .strictObject({
    /** The event's name. */
    title: text,
    /** One or two plain sentences for cards, search results and the page description. */
    summary,
    /** The first day, or its start time in the event's time zone. */
    start: eventTime,
    /** The last day, or its end time; leave out for a one-day event. */
    end: eventTime.optional(),
    /** The IANA time zone of the times, such as Europe/Zagreb; needed when a time is given. */
    timeZone: neutral(
      z.string().refine(isTimeZone, 'is not an IANA time zone; write one like Europe/Zagreb'),
    ).optional(),
    /** In person, online or both. */
    format: z.enum(eventFormats).optional(),
    /** Where it took place, as far as it is known. */
    location: z
      .strictObject({
        /** The building or venue. */
        venue: text.optional(),
        /** The city. */
        city: text.optional(),
        /** The country, ISO 3166-1 alpha-2. */
        country: country.optional(),
      })
      .optional(),
    /** Organisations that organised it (ids in content/organisations/). */
    organisers: refs('organisations').min(1, 'needs at least one organiser'),
    /** Networks whose meeting this was (ids in content/networks/). */
    networks: refs('networks').default([]),
    /** The programme, in order. */
    agenda: z
      .array(
        z.strictObject({
          /** The local time the session starts, HH:MM. */
          time: z
            .string()
            .regex(/^\d{2}:\d{2}$/, 'write a time like 09:30')
            .optional(),
          /** The session's title. */
          session: text,
          /** Who spoke, with their organisation. */
          speakers: z.array(text).default([]),
        }),
      )
      .default([]),
    /** What the event produced: reports, slides, recordings, e-modules, photos, summaries. */
    outputs: z.array(eventOutput).default([]),
    /** Practices presented at the event (ids in content/practices/). */
    practices: refs('practices').default([]),
    /** How to register, for upcoming events. */
    registration: z.strictObject({ url, deadline: eventTime.optional() }).optional(),
    /** A draft is validated but never published. */
    draft: z.boolean().default(false),
  })
  .superRefine((event, ctx) => {
    if (event.end && event.end < event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is before `start`; the end must come after the start',
      });
    }
    if (event.registration?.deadline && event.registration.deadline > event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['registration', 'deadline'],
        message: 'is after `start`; registration must close before the event begins',
      });
    }
    const hasTime = event.start.includes('T') || Boolean(event.end?.includes('T'));
    if (hasTime && !event.timeZone) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeZone'],
        message: 'is needed when a time is given, like Europe/Zagreb',
      });
    }
  });

export type Event = z.output<typeof eventSchema>;
