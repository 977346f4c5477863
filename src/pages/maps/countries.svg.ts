// /maps/countries.svg: the world, with every country that an entry names highlighted; drawn at build time.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { countryMap, countryMapSvg } from '../../lib/country-map.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(countryMapSvg(countryMap(catalog.countries, 960, true)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
