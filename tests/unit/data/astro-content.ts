/**
 * `astro:content` for unit tests of the data layer: the collections of a fixture corpus, parsed with the
 * site's own schemas, so a view model is tested on entries shaped as a build gives them. Use it as
 * `vi.mock('astro:content', () => mockedAstroContent())` at the top of a test file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collections, type CollectionName } from '../../../src/schemas/index.ts';
import { readCorpus } from '../../../src/validation/content-files.ts';

/** The small catalogue view models are tested on: a few entries of every collection, in two languages. */
export const fixtureCorpus = 'tests/fixtures/catalog';

interface FixtureEntry {
  id: string;
  collection: CollectionName;
  data: unknown;
  body?: string;
  filePath: string;
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Every entry of `root`, as `getCollection()` would give it: ids "en/<slug>" or "<id>", data parsed. */
export async function loadFixtureEntries(root = fixtureCorpus): Promise<FixtureEntry[]> {
  const files = await readCorpus(root);
  return files.flatMap(({ path }): FixtureEntry[] => {
    const entry = Object.entries(collections).find(([, definition]) =>
      path.startsWith(`${definition.folder}/`),
    );
    // A dataset's CSV is read by the catalog from beside its metadata, not as an entry.
    if (!entry || path.endsWith('.csv')) return [];
    const [collection, definition] = entry as [CollectionName, (typeof collections)[CollectionName]];
    const text = readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, '');
    const rest = path.slice(definition.folder.length + 1);
    if (definition.layout === 'data') {
      const data = definition.schema.parse(parse(text));
      return [{ id: rest.replace(/\.yaml$/, ''), collection, data, filePath: join(root, path) }];
    }
    const [, yaml = '', body = ''] = frontMatter.exec(text) ?? [];
    const data = definition.schema.parse(parse(yaml));
    return [{ id: rest.replace(/\.mdx$/, ''), collection, data, body, filePath: join(root, path) }];
  });
}

/** The module `astro:content` with the fixture corpus's collections (or `entries`, to test an edge case). */
export async function mockedAstroContent(entries?: FixtureEntry[]) {
  const all = entries ?? (await loadFixtureEntries());
  return {
    getCollection: (name: CollectionName) =>
      Promise.resolve(all.filter((entry) => entry.collection === name)),
    render: () => Promise.resolve({ Content: () => '', headings: [] }),
  };
}
