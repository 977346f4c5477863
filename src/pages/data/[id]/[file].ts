// A dataset's table as CSV and as JSON, beside its page: the figures exactly as the content check passed them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPath } from '../../../core/routes.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { datasetCsv, datasetJson } from '../../../data/dataset-page.ts';
import type { DatasetItem } from '../../../data/dataset-tables.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.datasets.values()].flatMap((item) =>
    (['csv', 'json'] as const).map((format) => ({
      params: { id: item.id, file: datasetDownloadPath(item.id, format).split('/').at(-1) },
      props: { item, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: DatasetItem; format: 'csv' | 'json' }> = ({ props }) =>
  props.format === 'csv'
    ? new Response(datasetCsv(props.item), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : Response.json(datasetJson(props.item));
