/** Events of the catalog as calendar entries, in their original language, linked to their pages. */
import type { CalendarEvent } from '../lib/ics.ts';
import { countryName } from '../lib/countries.ts';
import { entryPath, localizedPath } from '../core/routes.ts';
import type { Event } from './catalog.ts';

export function calendarEvent(event: Event, site: URL): CalendarEvent {
  const { data } = event.original;
  const { venue, city, country } = data.location ?? {};
  const place = [venue, city, country ? countryName(country, 'en') : undefined].filter(Boolean).join(', ');
  return {
    id: event.slug,
    title: data.title,
    summary: data.summary,
    start: data.start,
    end: data.end,
    timeZone: data.timeZone,
    location: place || undefined,
    url: new URL(localizedPath(event.originalLocale, entryPath('events', event.slug)), site).href,
  };
}
