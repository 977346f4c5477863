/**
 * The content check's cache on disk (see `CheckCache` in content-check.ts): the build's content guard keeps it
 * in Astro's cache folder, so that a build after one edit parses and checks that one file again. It holds only
 * results; it is dropped whole when the checker's code or the dependencies change.
 */
import { createHash } from 'node:crypto';
import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CheckCache } from './content-check.ts';

const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

/** A digest of the code the check runs (all of src/, which it imports from) and of the lockfile. */
async function codeDigest(): Promise<string> {
  const files = (await Array.fromAsync(glob('src/**/*.ts'))).sort();
  const contents = await Promise.all(['package-lock.json', ...files].map((file) => readFile(file)));
  return digest(...files, ...contents);
}

/**
 * The cache kept at `file` by the last run, if the same code wrote it (an empty one otherwise, or when
 * `ignorePrevious`), and how to keep what this run used for the next.
 */
export async function openCheckCache(
  file: string,
  ignorePrevious = false,
): Promise<{ cache: CheckCache; save: () => Promise<void> }> {
  const code = await codeDigest();
  const stored = ignorePrevious ? undefined : await readFile(file, 'utf8').catch(() => undefined);
  const kept = stored ? (JSON.parse(stored) as { code: string; entries: [string, unknown][] }) : undefined;
  const cache: CheckCache = {
    digest,
    previous: new Map(kept?.code === code ? kept.entries : []),
    next: new Map(),
  };
  const save = async () => {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ code, entries: [...cache.next] }));
  };
  return { cache, save };
}
