/**
 * A map of countries drawn at build time as SVG path data (Natural Earth via world-atlas, d3-geo): no tiles,
 * no script, nothing fetched by the reader. The view fits the highlighted countries, with their neighbours
 * for context; countries outside the view are left out, which keeps the markup small.
 */
import { geoBounds, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { memoize } from '../core/memo.ts';

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, when the shape is a country that has one. */
  readonly code: string | undefined;
  readonly d: string;
  readonly highlighted: boolean;
}

export interface CountryMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly CountryShape[];
}

type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name: string }> & { id?: string | number };

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const features = (
  feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    { name: string }
  >
).features as CountryFeature[];

function alpha2(item: CountryFeature): string | undefined {
  return item.id === undefined ? undefined : isoCountries.numericToAlpha2(String(item.id).padStart(3, '0'));
}

/**
 * Paths for a map `width` wide showing `codes` highlighted. The view fits the highlighted countries, or the
 * whole world when `world` is set or no country is given. Drawn once per build for each set of countries:
 * every language's page of an entry shows the same map.
 */
export function countryMap(codes: readonly string[], width = 320, world = false): CountryMap {
  return drawnMap(JSON.stringify([[...new Set(codes)].sort(), width, world]));
}

const drawnMap = memoize((key: string) => {
  const [codes, width, world] = JSON.parse(key) as [string[], number, boolean];
  return drawMap(codes, width, world);
});

function drawMap(codes: readonly string[], width: number, world: boolean): CountryMap {
  const wanted = new Set(codes);
  const highlighted = world ? [] : features.filter((item) => wanted.has(alpha2(item) ?? ''));
  const focus: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: highlighted.length ? highlighted : features,
  };
  const [[west, south], [east, north]] = geoBounds(focus);
  // Widen the view so that small countries show their region; never more than the world.
  const margin = Math.max(8, (east - west) * 0.6, (north - south) * 0.6);
  const view: GeoPermissibleObjects = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: highlighted.length
        ? [
            [Math.max(-180, west - margin), Math.max(-85, south - margin / 2)],
            [Math.min(180, east + margin), Math.min(85, north + margin / 2)],
          ]
        : [
            [-180, -60],
            [180, 85],
          ],
    },
  };
  const projection = geoEqualEarth().fitWidth(width, view);
  const [[, top], [, bottom]] = geoPath(projection).bounds(view);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(world ? 0 : 1);
  const shapes = features.flatMap((item) => {
    const d = path(item);
    if (!d) return [];
    const code = alpha2(item);
    return [{ code, d, highlighted: wanted.has(code ?? '') }];
  });
  return { width, height, shapes };
}

/** The world with `codes` highlighted, as /maps/countries.svg draws it and the home page sizes its <img>. */
export function worldMap(codes: readonly string[]): CountryMap {
  return countryMap(codes, 960, true);
}

/** A map as a standalone SVG document, for an <img>: cached by the browser, never inlined into a page. */
export function countryMapSvg(
  map: CountryMap,
  colours = { land: '#d9d3cb', highlight: '#a8141f', sea: '#e8eef4' },
): string {
  const paths = map.shapes
    .map((shape) => `<path d="${shape.d}" fill="${shape.highlighted ? colours.highlight : colours.land}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}"><rect width="100%" height="100%" fill="${colours.sea}"/><g stroke="#fff" stroke-width="0.4">${paths}</g></svg>`;
}
