import { describe, expect, it } from 'vitest';
import { countryMap, countryMapSvg } from '../../src/lib/country-map.ts';
import { countryMapPath } from '../../src/core/routes.ts';

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

describe('countryMapPath', () => {
  it('names one file per set of countries, whatever their order or repeats', () => {
    expect(countryMapPath(['HR', 'GB', 'HR'])).toBe('/maps/gb-hr.svg');
    expect(countryMapPath(['GB', 'HR'])).toBe(countryMapPath(['HR', 'GB']));
  });
});

describe('countryMapSvg', () => {
  it('is a standalone SVG document of the map’s size with its highlighted countries filled', () => {
    const map = countryMap(['GB', 'HR']);
    const svg = countryMapSvg(map, { land: '#ccc', highlight: '#f00', sea: '#00f' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${map.width} ${map.height}"`);
    expect(svg.match(/fill="#f00"/g)).toHaveLength(2);
  });
});
