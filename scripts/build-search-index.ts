// Indexes the built site for search (run after `astro build`): `node scripts/build-search-index.ts [dist]`.
// Pages mark what is indexed themselves (data-pagefind-body, filters, meta); this only writes the bundles.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import type { LibraryRecord } from '../src/data/library.ts';
import { locales } from '../src/i18n/locales.ts';
import { localizedPath } from '../src/lib/paths.ts';
import { allLanguagesIndexLanguage, libraryRecordsPath, searchBundles } from '../src/lib/search-bundles.ts';

const site = process.argv[2] ?? 'dist';

/** Pagefind's ready-made interfaces (about 390 KB a bundle): the site has its own, so they are not published. */
const unusedInterfaces = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages indexed per language, as the bundle's entry file lists them: "en 29, fr 18". */
async function summary(outputPath: string): Promise<string> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.entries(entry.languages)
    .map(([language, { page_count }]) => `${language} ${page_count}`)
    .join(', ');
}

type Index = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** Writes one bundle, with what `fill` adds to its index; returns the pages it holds per language. */
async function writeBundle(
  bundle: string,
  config: PagefindServiceConfig,
  fill: (index: Index) => Promise<{ errors: string[]; pages: number }>,
): Promise<string> {
  const outputPath = join(site, bundle);
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await createIndex(config);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await fill(index);
  const written = await index.writeFiles({ outputPath });
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind failed on ${bundle}:\n${problems.join('\n')}`);
  if (added.pages === 0)
    throw new Error(`Pagefind found nothing to index in ${site}/; run astro build first`);
  for (const file of await readdir(outputPath))
    if (unusedInterfaces.test(file)) await rm(join(outputPath, file));
  return summary(outputPath);
}

/** Every page of the built site, as its markup marks it for search. */
async function builtPages(index: Index) {
  const added = await index.addDirectory({ path: site });
  return { errors: added.errors, pages: added.page_count };
}

/** The library's records in every language, taken out of the built site as they are indexed. */
async function libraryRecords(index: Index) {
  const errors: string[] = [];
  let pages = 0;
  for (const locale of locales) {
    const file = join(site, localizedPath(locale, libraryRecordsPath));
    const records = JSON.parse(await readFile(file, 'utf8')) as LibraryRecord[];
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: locale });
      errors.push(...added.errors);
      pages += 1;
    }
    await rm(file);
  }
  return { errors, pages };
}

try {
  const perLanguage = await writeBundle(searchBundles.perLanguage, {}, builtPages);
  const allLanguages = await writeBundle(
    searchBundles.allLanguages,
    { forceLanguage: allLanguagesIndexLanguage },
    builtPages,
  );
  const library = await writeBundle(searchBundles.library, {}, libraryRecords);
  console.log(`Search index ${searchBundles.perLanguage}: pages per language: ${perLanguage}`);
  console.log(`Search index ${searchBundles.allLanguages}: every language together: ${allLanguages}`);
  console.log(`Library index ${searchBundles.library}: practice notes per language: ${library}`);
} finally {
  await close();
}
