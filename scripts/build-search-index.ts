// Indexes the built site for search (run after `astro build`): `node scripts/build-search-index.ts [dist]`.
// Pages mark what is indexed themselves (data-pagefind-body, filters, meta); this only writes the bundles.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { allLanguagesIndexLanguage, searchBundles } from '../src/lib/search-bundles.ts';

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

async function writeBundle(bundle: string, config: PagefindServiceConfig): Promise<string> {
  const outputPath = join(site, bundle);
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await createIndex(config);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  const written = await index.writeFiles({ outputPath });
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind failed on ${bundle}:\n${problems.join('\n')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no HTML in ${site}/; run astro build first`);
  for (const file of await readdir(outputPath))
    if (unusedInterfaces.test(file)) await rm(join(outputPath, file));
  return summary(outputPath);
}

try {
  const perLanguage = await writeBundle(searchBundles.perLanguage, {});
  const allLanguages = await writeBundle(searchBundles.allLanguages, {
    forceLanguage: allLanguagesIndexLanguage,
  });
  console.log(`Search index ${searchBundles.perLanguage}: pages per language: ${perLanguage}`);
  console.log(`Search index ${searchBundles.allLanguages}: every language together: ${allLanguages}`);
} finally {
  await close();
}
