/** Events as an iCalendar (RFC 5545) file, made with ical-generator, for "Add to calendar" and /events.ics. */
import ical, { type ICalEventData } from 'ical-generator';
import { zonedTimeToInstant } from './zoned-time.ts';

export interface CalendarEvent {
  /** A stable id: the event's slug. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM local to `timeZone`. */
  readonly start: string;
  readonly end?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly location?: string | undefined;
  /** The event's page. */
  readonly url: string;
}

function dayAfter(date: string): Date {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

function timing(event: CalendarEvent): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (!event.start.includes('T') || !event.timeZone) {
    // All-day events end on the day after their last day (RFC 5545 3.6.1: DTEND is exclusive).
    return {
      start: new Date(`${event.start.slice(0, 10)}T00:00:00Z`),
      end: dayAfter(event.end ?? event.start),
      allDay: true,
    };
  }
  const start = zonedTimeToInstant(event.start, event.timeZone);
  const end = event.end?.includes('T')
    ? zonedTimeToInstant(event.end, event.timeZone)
    : event.end
      ? dayAfter(event.end)
      : undefined;
  return { start, end: end ?? new Date(start.getTime() + 60 * 60_000) };
}

/** An iCalendar file holding `events`; `name` titles the calendar. */
export function toICalendar(events: readonly CalendarEvent[], name: string, now = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: 'Practice Exchange', product: 'events', language: 'EN' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@practice-exchange`,
      stamp: now,
      summary: event.title,
      description: event.summary,
      location: event.location ?? null,
      url: event.url,
      ...timing(event),
    });
  }
  return calendar.toString();
}
