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

/** The day after the day of `date` ("2016-09-08" for "2016-09-07"): where an event that ends that day stops. */
function dayAfter(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function timing(event: CalendarEvent): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (!event.start.includes('T') || !event.timeZone) {
    // All-day events end on the day after their last day (RFC 5545 3.6.1: DTEND is exclusive).
    return {
      start: new Date(`${event.start.slice(0, 10)}T00:00:00Z`),
      end: new Date(`${dayAfter(event.end ?? event.start)}T00:00:00Z`),
      allDay: true,
    };
  }
  const start = zonedTimeToInstant(event.start, event.timeZone);
  // A timed start with an end day (no time) lasts to the end of that day where the event is.
  const end = event.end?.includes('T')
    ? zonedTimeToInstant(event.end, event.timeZone)
    : event.end
      ? zonedTimeToInstant(dayAfter(event.end), event.timeZone)
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
  // RFC 5545 ends every line with CRLF, the last too; ical-generator leaves the last one off.
  return `${calendar.toString()}\r\n`;
}
