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

/** Paths for a map `width` wide showing `codes` highlighted; an empty list shows the whole world. */
export function countryMap(codes: readonly string[], width = 320): CountryMap {
  const wanted = new Set(codes);
  const highlighted = features.filter((item) => wanted.has(alpha2(item) ?? ''));
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
  const path = geoPath(projection).digits(1);
  const shapes = features.flatMap((item) => {
    const d = path(item);
    if (!d) return [];
    const code = alpha2(item);
    return [{ code, d, highlighted: wanted.has(code ?? '') }];
  });
  return { width, height, shapes };
}
