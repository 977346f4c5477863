/** Every published practice note for the open-data files, newest first. */
import { entryPath } from '../core/routes.ts';
import { exportRow } from '../library/open-data-columns.ts';
import { siteUrl } from '../core/site.ts';
import { sortByDateDesc } from '../lib/sort.ts';
import { getCatalog } from './catalog.ts';

export async function exportedPractices() {
  const catalog = await getCatalog();
  return sortByDateDesc(catalog.practices.values(), (p) => p.original.data.published).map((practice) =>
    exportRow({
      id: practice.slug,
      url: new URL(entryPath('practices', practice.slug), siteUrl()).href,
      language: practice.originalLocale,
      languages: [...practice.versions.keys()],
      data: practice.original.data,
    }),
  );
}
