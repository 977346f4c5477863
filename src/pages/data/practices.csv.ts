// Every practice note's metadata as CSV, one row a note, lists joined with "; " (described in docs/data.md).
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { exportedPractices } from '../../data/open-data.ts';
import { csvCells, exportColumns } from '../../library/open-data-columns.ts';

export const GET: APIRoute = async () =>
  new Response(
    stringify([exportColumns.map(({ name }) => name), ...(await exportedPractices()).map(csvCells)], {
      bom: true,
    }),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
