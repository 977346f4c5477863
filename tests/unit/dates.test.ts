import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEventDates,
  formatPartialDate,
  formatYearOrMonth,
  isOverdue,
  isUpcoming,
  today,
  yearOf,
} from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes the day in the reader’s language, British order in English', () => {
    expect(formatDate('2016-09-07', 'en')).toBe('7 September 2016');
    expect(formatDate('2016-09-07', 'fr')).toBe('7 septembre 2016');
    expect(formatDate('2016-09-07', 'hr')).toMatch(/^7\. rujna 2016/);
  });

  it('never shifts a calendar date across a time zone', () => {
    expect(formatDate('2016-01-01', 'en')).toBe('1 January 2016');
    expect(formatDate('2016-12-31', 'en')).toBe('31 December 2016');
  });
});

describe('formatYearOrMonth', () => {
  it('writes a month or a bare year', () => {
    expect(formatYearOrMonth('2014-09', 'en')).toBe('September 2014');
    expect(formatYearOrMonth('2014', 'en')).toBe('2014');
  });
});

describe('formatEventDates', () => {
  it('writes one day', () => {
    expect(formatEventDates('2016-09-07', undefined, undefined, 'en')).toBe('7 September 2016');
  });

  it('writes a range of days compactly', () => {
    expect(formatEventDates('2016-09-07', '2016-09-08', undefined, 'en')).toMatch(
      /^7\s?–\s?8 September 2016$/,
    );
  });

  it('writes local times with the zone they are in, unconverted', () => {
    expect(formatEventDates('2016-09-07T09:30', '2016-09-07T17:00', 'Europe/Zagreb', 'en')).toBe(
      '7 September 2016, 09:30–17:00 (Europe/Zagreb)',
    );
  });
});

describe('review and upcoming', () => {
  it('flags a review date that has passed, and only then', () => {
    expect(isOverdue('2026-01-01', '2026-11-28')).toBe(true);
    expect(isOverdue('2026-11-28', '2026-11-28')).toBe(false);
    expect(isOverdue(undefined, '2026-11-28')).toBe(false);
  });

  it('counts an event as upcoming until its last day is over', () => {
    expect(isUpcoming({ start: '2026-11-27', end: '2026-11-28' }, '2026-11-28')).toBe(true);
    expect(isUpcoming({ start: '2016-09-07' }, '2026-11-28')).toBe(false);
  });

  it('reads years and today as plain dates', () => {
    expect(yearOf('2016-09-07T09:30')).toBe(2016);
    expect(today(new Date('2026-11-28T23:59:00Z'))).toBe('2026-11-28');
  });
});

describe('formatPartialDate', () => {
  it('writes a day, a month or a year as precisely as it was given', () => {
    expect(formatPartialDate('2016-09-07', 'en')).toBe('7 September 2016');
    expect(formatPartialDate('2014-09', 'fr')).toBe('septembre 2014');
    expect(formatPartialDate('2014', 'en')).toBe('2014');
  });
});
