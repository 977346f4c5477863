import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar, type CalendarEvent } from '../../src/lib/ics.ts';
import { zoneOffsetMinutes, zonedTimeToInstant } from '../../src/lib/zoned-time.ts';

describe('zonedTimeToInstant', () => {
  it('reads a local time in winter and in summer time', () => {
    expect(zonedTimeToInstant('2027-01-15T09:30', 'Europe/Zagreb').toISOString()).toBe(
      '2027-01-15T08:30:00.000Z',
    );
    expect(zonedTimeToInstant('2016-09-07T09:30', 'Europe/Zagreb').toISOString()).toBe(
      '2016-09-07T07:30:00.000Z',
    );
    expect(zonedTimeToInstant('2016-09-07T09:30', 'Europe/London').toISOString()).toBe(
      '2016-09-07T08:30:00.000Z',
    );
  });

  it('handles zones west of UTC, across midnight, and half-hour offsets', () => {
    expect(zonedTimeToInstant('2026-11-28T22:00', 'America/New_York').toISOString()).toBe(
      '2026-11-29T03:00:00.000Z',
    );
    expect(zonedTimeToInstant('2026-11-28T09:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-11-28T03:30:00.000Z',
    );
  });

  it('takes the offset in force just after a daylight-saving change', () => {
    // Clocks in Zagreb went forward at 02:00 on 27 March 2016.
    expect(zonedTimeToInstant('2016-03-27T03:30', 'Europe/Zagreb').toISOString()).toBe(
      '2016-03-27T01:30:00.000Z',
    );
    expect(zoneOffsetMinutes(new Date('2016-03-27T00:30:00Z'), 'Europe/Zagreb')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2016-03-27T01:30:00Z'), 'Europe/Zagreb')).toBe(120);
  });
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const conference: CalendarEvent = {
  id: 'developing-capacity-conference-2016',
  title: 'Developing capacity to identify and to respond to trafficking',
  summary: 'A conference, with a comma, a semicolon; and a long line that iCalendar must fold at 75 octets.',
  start: '2016-09-07',
  url: 'https://practice-exchange.example/events/developing-capacity-conference-2016/',
};

describe('toICalendar', () => {
  it('writes a one-day event as an all-day event on that day', () => {
    const [event] = parse(toICalendar([conference], 'Events'));
    expect(event?.summary).toBe(conference.title);
    expect(event?.description).toBe(conference.summary);
    expect(event?.uid).toBe('developing-capacity-conference-2016@practice-exchange');
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2016-09-07');
    expect(event?.endDate.toString()).toBe('2016-09-08');
  });

  it('ends a multi-day event after its last day', () => {
    const [event] = parse(toICalendar([{ ...conference, end: '2016-09-08' }], 'Events'));
    expect(event?.endDate.toString()).toBe('2016-09-09');
  });

  it('writes timed events as the instants their local times mean', () => {
    const [event] = parse(
      toICalendar(
        [
          {
            ...conference,
            start: '2027-03-01T09:30',
            end: '2027-03-01T17:00',
            timeZone: 'Europe/Zagreb',
            location: 'Zagreb',
          },
        ],
        'Events',
      ),
    );
    expect(event?.startDate.toJSDate().toISOString()).toBe('2027-03-01T08:30:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2027-03-01T16:00:00.000Z');
    expect(event?.location).toBe('Zagreb');
  });

  it('ends a timed event whose end is a day at the end of that day, where the event is', () => {
    const [event] = parse(
      toICalendar(
        [{ ...conference, start: '2024-05-01T09:00', end: '2024-05-02', timeZone: 'Europe/London' }],
        'Events',
      ),
    );
    expect(event?.startDate.toJSDate().toISOString()).toBe('2024-05-01T08:00:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2024-05-02T23:00:00.000Z');
  });

  it('holds every event, each once', () => {
    const events = parse(toICalendar([conference, { ...conference, id: 'second' }], 'Events'));
    expect(events.map((event) => event.uid)).toEqual([
      'developing-capacity-conference-2016@practice-exchange',
      'second@practice-exchange',
    ]);
  });

  it('is valid RFC 5545 text: CRLF line ends, lines folded at 75 octets', () => {
    const text = toICalendar([conference], 'Events');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
