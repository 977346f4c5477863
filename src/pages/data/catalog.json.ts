// Every dataset and open-data file of the site in DCAT-AP style, for data portals to harvest.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { datasetCatalog } from '../../data/dataset-page.ts';

export const GET: APIRoute = async () => Response.json(datasetCatalog(await getCatalog()));
