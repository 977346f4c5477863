// /maps/countries.svg: the world, with every country that an entry names highlighted; drawn at build time.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { countryMapSvg, worldMap } from '../../lib/country-map.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(countryMapSvg(worldMap(catalog.countries)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
