/**
 * How the events list stays the same size however many events there are: every upcoming event, the most recent
 * past ones, and a page per year that holds them all.
 */
import { isUpcoming } from './dates.ts';
import { indexBy } from './reverse-links.ts';
import { sortByDateDesc } from './sort.ts';

/** The year an event is filed under, on its year's page and in the year filter: the year it starts in. */
export function eventYear(event: { start: string }): string {
  return event.start.slice(0, 4);
}

/** Past events the events page shows; the rest are on their year's page. */
export const recentPastEvents = 12;

interface Dated {
  start: string;
  end?: string | undefined;
}

export interface EventArchive<Item> {
  /** Events that have not ended, soonest first. */
  upcoming: Item[];
  /** The most recent past events, newest first. */
  recent: Item[];
  /** How many past events are not among them: those are on their year's page only. */
  older: number;
  /** Every year that has an event, newest first, with its events newest first. */
  years: Map<string, Item[]>;
}

/** Splits events into what the events page shows on `on` (YYYY-MM-DD) and the year pages. */
export function eventArchive<Item>(
  events: Iterable<Item>,
  dataOf: (item: Item) => Dated,
  on: string,
  limit = recentPastEvents,
): EventArchive<Item> {
  const newestFirst = sortByDateDesc(events, (item) => dataOf(item).start);
  const past = newestFirst.filter((item) => !isUpcoming(dataOf(item), on));
  return {
    upcoming: newestFirst.filter((item) => isUpcoming(dataOf(item), on)).reverse(),
    recent: past.slice(0, limit),
    older: Math.max(0, past.length - limit),
    years: indexBy(newestFirst, (item) => [eventYear(dataOf(item))]),
  };
}
