/**
 * Datasets with their tables: each dataset's CSV, read from beside its metadata and checked by the same rules as
 * the content check (src/validation/dataset-check.ts), so a page never shows a table the check would refuse.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Dataset, TableRow } from '../schemas/dataset.ts';
import { checkTable, type TableContext } from '../validation/dataset-check.ts';

/** A dataset as the content collection gives it: its id, metadata and the file it was read from. */
export interface DatasetEntry {
  readonly id: string;
  readonly data: Dataset;
  readonly filePath?: string | undefined;
}

/** A published dataset: its id, metadata and checked rows. */
export interface DatasetItem {
  readonly id: string;
  readonly data: Dataset;
  readonly rows: readonly TableRow[];
}

/** Every dataset with its table, by id; a table that breaks a rule stops the build with its problems. */
export async function datasetTables(
  entries: readonly DatasetEntry[],
  context: TableContext,
): Promise<Map<string, DatasetItem>> {
  const items = await Promise.all(
    entries.map(async (entry): Promise<DatasetItem> => {
      const path = join(dirname(entry.filePath ?? ''), entry.data.table);
      const { problems, rows } = checkTable(entry.data, await readFile(path, 'utf8'), context);
      if (!rows)
        throw new Error(
          `${path} breaks the datasets' rules:\n${problems.map((p) => `${path}:${p.line}:${p.column}  ${p.cell}  ${p.message}`).join('\n')}`,
        );
      return { id: entry.id, data: entry.data, rows };
    }),
  );
  return new Map(items.map((item) => [item.id, item]));
}
