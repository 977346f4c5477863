import { describe, expect, it } from 'vitest';
import { eventArchive } from '../../src/lib/event-archive.ts';

const events = [
  { id: 'a', start: '2016-09-07' },
  { id: 'b', start: '2024-03-01', end: '2024-03-02' },
  { id: 'c', start: '2026-11-20', end: '2026-12-02' },
  { id: 'd', start: '2027-05-10' },
  { id: 'e', start: '2026-12-24' },
  { id: 'f', start: '2026-01-15' },
  { id: 'g', start: '2016-02-01' },
];
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('eventArchive', () => {
  const archive = eventArchive(events, (event) => event, '2026-11-29', 3);

  it('shows every event that has not ended, soonest first, a running one included', () => {
    expect(ids(archive.upcoming)).toEqual(['c', 'e', 'd']);
  });

  it('shows only the most recent past events, newest first', () => {
    expect(ids(archive.recent)).toEqual(['f', 'b', 'a']);
    expect(archive.older).toBe(1);
  });

  it('files every event under the year it starts in, newest year and event first', () => {
    expect([...archive.years.keys()]).toEqual(['2027', '2026', '2024', '2016']);
    expect(ids(archive.years.get('2026')!)).toEqual(['e', 'c', 'f']);
    expect(ids(archive.years.get('2016')!)).toEqual(['a', 'g']);
    expect([...archive.years.values()].flat()).toHaveLength(events.length);
  });

  it('shows all past events when there are fewer than the limit', () => {
    const all = eventArchive(events, (event) => event, '2026-11-29', 20);
    expect(ids(all.recent)).toEqual(['f', 'b', 'a', 'g']);
    expect(all.older).toBe(0);
  });
});
