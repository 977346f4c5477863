// Builds the portal as publishing does (Astro with its content check, then the search indexes), cold or
// incrementally, and compares two builds byte for byte: for the benchmark's publishing figures and the
// incremental build's identity test.
import { spawn } from 'node:child_process';
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildEnv } from './build-env.ts';

const astro = 'node_modules/astro/bin/astro.mjs';

export interface PublishFigures {
  /** Wall time of `astro build` (the content check runs inside it) and of the indexer. */
  readonly astroSeconds: number;
  readonly indexSeconds: number;
  readonly seconds: number;
  /** The pages and files Astro rendered; the others it kept from the last build. */
  readonly rendered: string[];
  readonly kept: number;
}

/** Runs a command to its end with the project's Node, failing with its output when it fails. */
async function run(args: readonly string[], env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...buildEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const output = Buffer.concat(chunks).toString();
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (${code}):\n${output.slice(-20_000)}`);
  return { seconds: (performance.now() - started) / 1000, output };
}

/** A line of Astro's build log naming an output file, and whether it was kept from the last build. */
const outputLine = /[├└]─ (\/\S+)(?: \(\+[\d.]+m?s\))?\s*(\((?:cached|restored)\))?/;

/**
 * Builds the corpus at `corpus` into `outDir` as `npm run build` does; `cold` ignores what an earlier build of
 * the same corpus left in Astro's cache (`--force`), otherwise Astro keeps every page whose key and code are
 * unchanged.
 */
export async function publishBuild(corpus: string, outDir: string, cold: boolean): Promise<PublishFigures> {
  const env = { CONTENT_DIR: corpus };
  const built = await run([astro, 'build', ...(cold ? ['--force'] : []), '--outDir', outDir], env);
  const indexed = await run(['scripts/build-search-index.ts', outDir], env);
  const lines = built.output.split('\n').flatMap((line) => {
    const match = outputLine.exec(line.replace(/\x1b\[[\d;]*m/g, ''));
    return match ? [{ path: match[1]!, kept: Boolean(match[2]) }] : [];
  });
  return {
    astroSeconds: built.seconds,
    indexSeconds: indexed.seconds,
    seconds: built.seconds + indexed.seconds,
    rendered: lines.filter((line) => !line.kept).map((line) => line.path),
    kept: lines.filter((line) => line.kept).length,
  };
}

/**
 * Build-time stamps: parts of the output that say when it was built, not what the content is, and so differ
 * between two builds of the same content. iCalendar requires DTSTAMP on every event.
 */
export const buildStamps: readonly { files: RegExp; stamp: RegExp }[] = [
  { files: /\.ics$/, stamp: /^DTSTAMP:\d{8}T\d{6}Z\r?$/gm },
];

async function withoutStamps(site: string, path: string): Promise<Buffer> {
  const bytes = await readFile(join(site, path));
  const stamps = buildStamps.filter(({ files }) => files.test(path));
  if (stamps.length === 0) return bytes;
  let text = bytes.toString('utf8');
  for (const { stamp } of stamps) text = text.replace(stamp, 'DTSTAMP');
  return Buffer.from(text);
}

/** The files that differ between two builds (missing from either, or other bytes), build-time stamps aside. */
export async function differingFiles(one: string, other: string): Promise<string[]> {
  const files = async (site: string) =>
    new Set(
      (await Array.fromAsync(glob('**/*', { cwd: site, withFileTypes: true })))
        .filter((entry) => entry.isFile())
        .map((entry) => relative(site, join(entry.parentPath, entry.name))),
    );
  const [a, b] = [await files(one), await files(other)];
  const differing: string[] = [];
  for (const path of [...new Set([...a, ...b])].sort()) {
    if (
      !a.has(path) ||
      !b.has(path) ||
      !(await withoutStamps(one, path)).equals(await withoutStamps(other, path))
    )
      differing.push(path);
  }
  return differing;
}
