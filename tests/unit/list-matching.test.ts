import { describe, expect, it } from 'vitest';
import { matches, queryFromSelection, selectionFromQuery } from '../../src/lib/list-matching.ts';

describe('matches', () => {
  const event = { year: '2016', organiser: 'british-red-cross croatian-red-cross', format: '' };

  it('matches when nothing is selected', () => {
    expect(matches(event, {})).toBe(true);
    expect(matches(event, { year: '', organiser: '' })).toBe(true);
  });

  it('combines filters with AND and finds a value among several', () => {
    expect(matches(event, { year: '2016', organiser: 'croatian-red-cross' })).toBe(true);
    expect(matches(event, { year: '2016', organiser: 'icmpd' })).toBe(false);
  });

  it('does not match part of a value, or an item without the value', () => {
    expect(matches(event, { organiser: 'red-cross' })).toBe(false);
    expect(matches(event, { format: 'online' })).toBe(false);
  });
});

describe('the URL query', () => {
  it('round-trips a selection, leaving out what is not selected', () => {
    const selection = { year: '2016', organiser: '', network: 'protect' };
    expect(queryFromSelection(selection)).toBe('?year=2016&network=protect');
    expect(
      selectionFromQuery('?year=2016&network=protect&other=x', ['year', 'organiser', 'network']),
    ).toEqual(selection);
  });

  it('is empty when nothing is selected', () => {
    expect(queryFromSelection({ year: '' })).toBe('');
  });
});
