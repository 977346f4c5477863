/** Local times in a named time zone, turned into instants: what a calendar needs from "09:30 in Europe/Zagreb". */

/** The offset of `timeZone` from UTC at `instant`, in minutes (Zagreb in summer: +120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * The instant at which the wall-clock time `local` ("2016-09-07T09:30") is shown in `timeZone`. The offset is
 * read twice, so that a time just after a daylight-saving change gets the offset in force at that time.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const wall = new Date(`${local.length === 10 ? `${local}T00:00` : local}:00Z`).getTime();
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}
