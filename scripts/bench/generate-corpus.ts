// `node scripts/bench/generate-corpus.ts --entries N [--seed S] [--out DIR]`: writes a benchmark corpus to a
// temporary folder (never content/) and prints its path; build it with CONTENT_DIR=<path>.
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { collections } from '../../src/schemas/index.ts';
import { generateCorpus } from './corpus.ts';

/** The ids of a data collection in the real content, such as the theme ids. */
async function ids(folder: string): Promise<string[]> {
  const files = await readdir(join('content', folder));
  return files.filter((file) => file.endsWith('.yaml')).map((file) => basename(file, '.yaml'));
}

/**
 * Writes N practices and a tenth as many events, networks and organisations into `out` (a new temporary
 * folder when not given), with the real taxonomies and standing pages copied from content/.
 */
export async function writeCorpus(entries: number, seed = 1, out?: string): Promise<string> {
  const root = out ?? (await mkdtemp(join(tmpdir(), `bench-corpus-${entries}-`)));
  const files = generateCorpus({
    entries,
    seed,
    themes: await ids(collections.themes.folder),
    groups: await ids(collections.groups.folder),
  });
  for (const folder of [collections.themes.folder, collections.groups.folder, collections.pages.folder])
    await cp(join('content', folder), join(root, folder), { recursive: true });
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.text);
  }
  return root;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  console.log(await writeCorpus(Number(values.entries), Number(values.seed), values.out));
}
