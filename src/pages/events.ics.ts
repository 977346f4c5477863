// /events.ics: every event in one calendar that readers can subscribe to.
import type { APIRoute } from 'astro';
import { calendarEvent } from '../data/calendar.ts';
import { getCatalog } from '../data/catalog.ts';
import { toICalendar } from '../lib/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const events = [...catalog.events.values()].map((event) => calendarEvent(event, site!));
  return new Response(toICalendar(events, 'Practice Exchange: events'), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
