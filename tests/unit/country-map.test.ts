import { describe, expect, it } from 'vitest';
import { countryMap } from '../../src/lib/country-map.ts';

describe('countryMap', () => {
  it('highlights exactly the countries asked for', () => {
    const map = countryMap(['GB', 'HR']);
    expect(
      map.shapes
        .filter((shape) => shape.highlighted)
        .map((shape) => shape.code)
        .sort(),
    ).toEqual(['GB', 'HR']);
  });

  it('frames the region of the highlighted countries, leaving far-away countries out', () => {
    const codes = countryMap(['GB', 'HR']).shapes.map((shape) => shape.code);
    expect(codes).toContain('FR');
    expect(codes).not.toContain('AU');
  });

  it('keeps its width and a proportionate height', () => {
    const map = countryMap(['HR'], 400);
    expect(map.width).toBe(400);
    expect(map.height).toBeGreaterThan(100);
    expect(map.height).toBeLessThan(600);
  });

  it('shows the whole world when no country is given, and ignores codes it has no shape for', () => {
    expect(countryMap([]).shapes.length).toBeGreaterThan(150);
    expect(countryMap(['150']).shapes.some((shape) => shape.highlighted)).toBe(false);
  });
});
