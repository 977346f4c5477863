// /maps/<codes>.svg, such as /maps/gb-hr.svg: the map of each set of countries a page shows (a country's own
// page, a network's members), drawn once at build time for every language's page to share.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, memberCountries } from '../../data/catalog.ts';
import { countryMap, countryMapSvg } from '../../lib/country-map.ts';
import { countryMapId } from '../../core/routes.ts';
import { withCacheKeys } from '../../data/page-keys.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const sets = [
    ...catalog.countries.map((code) => [code]),
    ...[...catalog.networks.values()].map((network) => memberCountries(catalog, network)),
  ].filter((codes) => codes.length > 0);
  const byId = new Map(sets.map((codes) => [countryMapId(codes), codes]));
  return withCacheKeys(
    [...byId].map(([id, codes]) => ({ params: { countries: id }, props: { codes } })),
    ({ codes }) => codes,
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ codes: string[] }> = ({ props }) =>
  new Response(countryMapSvg(countryMap(props.codes)), { headers: { 'Content-Type': 'image/svg+xml' } });
