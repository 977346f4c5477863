/** A conference, workshop or webinar, with the outputs it produced and the practices presented there. */
import { z } from 'astro/zod';
import {
  bytes,
  country,
  editing,
  locale,
  neutral,
  ref,
  refs,
  summary,
  text,
  upload,
  url,
  type FieldPattern,
  dateExample,
} from './common.ts';
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

const dayOrTime: FieldPattern = {
  regex: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
  message: 'write a day (2016-09-07) or a day and local time (2016-09-07T09:30)',
  name: 'dayOrTime',
  example: dateExample,
};

/** A day (YYYY-MM-DD) or a local time on a day (YYYY-MM-DDTHH:MM) in the event's time zone. */
const eventTime = editing(
  neutral(
    z.preprocess(
      (value) =>
        value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value,
      z
        .string()
        .regex(dayOrTime.regex, dayOrTime.message)
        .refine(
          (value) => !Number.isNaN(Date.parse(value.length === 10 ? value : `${value}:00Z`)),
          'is not a real date',
        ),
    ),
  ),
  { pattern: dayOrTime },
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
  /** What kind of output it is. The event page groups outputs by kind. */
  kind: z.enum(outputKinds),
  /** The output's title, as readers will see it, such as "Workshop report". */
  title: text,
  // A path under public/uploads/, served as /uploads/…
  /**
   * Upload the file here, if there is one. With neither a file nor a web address, readers see that it is not
   * online yet.
   */
  file: upload.optional(),
  /** A link to the output, if it is published elsewhere. */
  url: url.optional(),
  /** The kind of file or medium, so that readers know what they are opening. */
  format: z.enum(resourceFormats).optional(),
  /** The language the output is in. */
  language: locale.optional(),
  /** The file's size in bytes, such as 2400000 for a 2.4 MB file. Readers see it rounded. */
  bytes: bytes().optional(),
  // The id of an entry in content/practices/.
  /** If the output belongs to one of the practices, choose it: readers get a link to the practice. */
  practice: ref('practices').optional(),
});

export const eventSchema = z
  .strictObject({
    /** The event's name. */
    title: text,
    // Also the page's meta description, which search engines show.
    /** One or two plain sentences, shown on cards, in search results and by search engines. */
    summary,
    // YYYY-MM-DD, or YYYY-MM-DDTHH:MM in the event's time zone.
    /**
     * The first day, typed like 2016-09-07. To give a start time too, add the local time after a T, like
     * 2016-09-07T09:30.
     */
    start: eventTime,
    /** The last day, or the end time, typed the same way as the start. Leave empty for a one-day event. */
    end: eventTime.optional(),
    // An IANA time zone name.
    /** Needed when you give a time: the event's time zone, as region and city, such as Europe/Zagreb. */
    timeZone: neutral(
      z.string().refine(isTimeZone, 'is not an IANA time zone; write one like Europe/Zagreb'),
    ).optional(),
    /** Whether the event is held in person, online or both. */
    format: z.enum(eventFormats).optional(),
    /** Where the event is held: fill in as much as you know. */
    location: z
      .strictObject({
        /** The name of the building or venue. */
        venue: text.optional(),
        /** The city or town. */
        city: text.optional(),
        // An ISO 3166-1 alpha-2 code (or a UN M49 region).
        /** The country where it is held. */
        country: country.optional(),
      })
      .optional(),
    // Ids of entries in content/organisations/.
    /** Choose at least one organisation that organised the event. */
    organisers: refs('organisations').min(1, 'needs at least one organiser'),
    // Ids of entries in content/networks/.
    /** If this was a meeting of a network, choose the network. */
    networks: refs('networks').default([]),
    /** The programme: add each session, in the order they run. */
    agenda: z
      .array(
        z.strictObject({
          /** The local time the session starts, typed like 09:30. */
          time: z
            .string()
            .regex(/^\d{2}:\d{2}$/, 'write a time like 09:30')
            .optional(),
          /** The title of the session. */
          session: text,
          /** Add each speaker, with their organisation. */
          speakers: z.array(text).default([]),
        }),
      )
      .default([]),
    /**
     * What the event produced, such as reports, slides, recordings, e-modules, photos and summaries: add one
     * for each.
     */
    outputs: z.array(eventOutput).default([]),
    // Ids of entries in content/practices/.
    /** Choose the practices presented at the event. */
    practices: refs('practices').default([]),
    /**
     * For upcoming events: the web address where people register and, if there is one, the last day to
     * register, typed like 2016-09-01. Registration must close before the event begins.
     */
    registration: z.strictObject({ url, deadline: eventTime.optional() }).optional(),
    /** Switch on to keep this off the site, even after publishing. It is still checked for mistakes. */
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
