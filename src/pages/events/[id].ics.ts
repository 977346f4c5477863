// /events/<slug>.ics: one event, for "Add to calendar".
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvent } from '../../data/calendar.ts';
import { getCatalog, type Event } from '../../data/catalog.ts';
import { toICalendar } from '../../lib/ics.ts';
import { withCacheKeys } from '../../data/page-keys.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const paths = [...catalog.events.values()].map((event) => ({
    params: { id: event.slug },
    props: { event },
  }));
  return withCacheKeys(paths, ({ event }) => event);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = ({ props, site }) => {
  const entry = calendarEvent(props.event, site!);
  return new Response(toICalendar([entry], entry.title), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
