import { describe, expect, it } from 'vitest';
import { countryName, isRegion } from '../../src/lib/countries.ts';

describe('country names', () => {
  it('names countries and regions in the reader’s language', () => {
    expect(countryName('HR', 'en')).toBe('Croatia');
    expect(countryName('HR', 'fr')).toBe('Croatie');
    expect(countryName('HR', 'hr')).toBe('Hrvatska');
    expect(countryName('150', 'en')).toBe('Europe');
  });

  it('starts a region’s name with a capital, as a list item does', () => {
    expect(countryName('001', 'en')).toBe('World');
  });

  it('tells regions from countries', () => {
    expect(isRegion('150')).toBe(true);
    expect(isRegion('001')).toBe(true);
    expect(isRegion('HR')).toBe(false);
  });
});
