/** Dates as readers see them, written for their language. Calendar dates carry no time zone, so none shifts a day. */
import { intlLocale, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';

/** The date formats readers see, all in UTC so that a calendar date stays its day. */
const dateFormats = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  dayAndTime: { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One formatter per language and format for the whole build: making one costs more than using it. */
const dateFormat = memoize((key: `${Locale} ${keyof typeof dateFormats}`) => {
  const [locale, format] = key.split(' ') as [Locale, keyof typeof dateFormats];
  return new Intl.DateTimeFormat(intlLocale(locale), dateFormats[format]);
});

const yearFormat = memoize(
  (locale: Locale) => new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }),
);

function utcDate(iso: string): Date {
  const [date = '', time = '00:00'] = iso.split('T');
  return new Date(`${date}T${time}:00Z`);
}

/** "7 September 2016" for 2016-09-07 in English; the reader's language decides the order and names. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(`${locale} day`).format(utcDate(iso));
}

/** "September 2014" for 2014-09, "2014" for 2014. */
export function formatYearOrMonth(value: string, locale: Locale): string {
  if (/^\d{4}$/.test(value)) return yearFormat(locale).format(Number(value));
  return dateFormat(`${locale} month`).format(utcDate(`${value}-01`));
}

/** A day, a month or a year, as precise as it was written: "7 September 2016", "September 2014", "2014". */
export function formatPartialDate(value: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value)
    ? formatDate(value.slice(0, 10), locale)
    : formatYearOrMonth(value, locale);
}

/**
 * An event's dates: a day, a range of days, or local times with the time zone they are in
 * ("7 September 2016", "7–8 September 2016", "7 September 2016, 09:30–17:00 (Europe/Zagreb)").
 * Times are shown as the event's local times, named with their zone, never converted.
 */
export function formatEventDates(
  start: string,
  end: string | undefined,
  timeZone: string | undefined,
  locale: Locale,
): string {
  const hasTime = start.includes('T');
  const format = dateFormat(`${locale} ${hasTime ? 'dayAndTime' : 'day'}`);
  const text =
    end && end !== start ? format.formatRange(utcDate(start), utcDate(end)) : format.format(utcDate(start));
  return hasTime && timeZone ? `${text} (${timeZone})` : text;
}

/** The year of a date or date-time. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Today as YYYY-MM-DD in UTC: the build date that "overdue" and "upcoming" are judged against. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a review-by date has passed. */
export function isOverdue(reviewBy: string | undefined, on: string): boolean {
  return reviewBy !== undefined && reviewBy < on;
}

/** Whether an event has not ended yet on the given day. */
export function isUpcoming(event: { start: string; end?: string | undefined }, on: string): boolean {
  return (event.end ?? event.start).slice(0, 10) >= on;
}
