/** Reads a content corpus and the list of public files from disk, for the validator and the build guard. */
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckOptions, SourceFile } from './content-check.ts';

const toPosix = (path: string) => path.split('\\').join('/');

/** Every content file (MDX, Markdown, YAML, and datasets' CSV tables) under `root`, with paths relative to it, in a stable order. */
export async function readCorpus(root: string): Promise<SourceFile[]> {
  const paths: string[] = [];
  for await (const path of glob('**/*.{mdx,md,yaml,yml,csv}', { cwd: root })) paths.push(toPosix(path));
  return Promise.all(
    paths.sort().map(async (path) => ({ path, text: new Uint8Array(await readFile(join(root, path))) })),
  );
}

/** The public files content may name, and the text of the uploaded SVGs, for `checkContent`'s options. */
export async function readCheckOptions(publicDir = 'public'): Promise<CheckOptions> {
  const publicFiles = await listPublicFiles(publicDir);
  const svgs = [...publicFiles].filter((path) => /^\/uploads\/.*\.svg$/i.test(path));
  const texts = await Promise.all(svgs.map((path) => readFile(join(publicDir, path), 'utf8')));
  return { publicFiles, uploadedSvgs: new Map(svgs.map((path, index) => [path, texts[index] ?? ''])) };
}

/** The URL paths of the files under `publicDir`, such as "/uploads/guide.pdf". */
export async function listPublicFiles(publicDir = 'public'): Promise<Set<string>> {
  const files = new Set<string>();
  for await (const path of glob('**/*', { cwd: publicDir })) files.add(`/${toPosix(path)}`);
  return files;
}
