import { describe, expect, it } from 'vitest';
import { lazy, memoize } from '../../src/core/memo.ts';

describe('memoize', () => {
  it('makes each key once and gives the same value after', () => {
    const made: string[] = [];
    const upper = memoize((key: string) => {
      made.push(key);
      return { text: key.toUpperCase() };
    });
    const first = upper('fr');
    expect(upper('fr')).toBe(first);
    expect(upper('hr')).toEqual({ text: 'HR' });
    expect(made).toEqual(['fr', 'hr']);
  });
});

describe('lazy', () => {
  it('makes nothing until asked, then makes the value once', () => {
    let made = 0;
    const value = lazy(() => ({ made: ++made }));
    expect(made).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(made).toBe(1);
  });

  it('remembers a value that is undefined', () => {
    let made = 0;
    const value = lazy(() => {
      made += 1;
      return undefined;
    });
    value();
    value();
    expect(made).toBe(1);
  });
});
