/** Measurements of a build: wall time and peak memory of a command, and the bytes of what it wrote. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { glob, readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Resident memory of a process and all its descendants, in bytes, read from /proc (Linux). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = (await readFile(`/proc/${name}/stat`, 'utf8')).split(') ')[1]?.split(' ');
      parents.set(Number(name), Number(fields?.[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      bytes += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

export interface RunFigures {
  readonly seconds: number;
  /** The highest sum of resident memory over the command's process tree, sampled every 200 ms. */
  readonly peakRssBytes: number;
}

/** Runs a command to its end, failing with its output when it fails, and measures it. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<RunFigures> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) void treeRss(child.pid).then((bytes) => (peak = Math.max(peak, bytes)));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`);
  return { seconds: (performance.now() - started) / 1000, peakRssBytes: peak };
}

/** Total bytes of the files under a folder. */
export async function folderBytes(folder: string): Promise<number> {
  let bytes = 0;
  for await (const path of glob('**/*', { cwd: folder })) {
    const file = await stat(join(folder, path));
    if (file.isFile()) bytes += file.size;
  }
  return bytes;
}

/** The HTML files of a built site, as URL paths (/practices/x/). */
export async function htmlPages(site: string): Promise<string[]> {
  const pages: string[] = [];
  for await (const path of glob('**/*.html', { cwd: site }))
    pages.push(`/${path.replace(/index\.html$/, '')}`);
  return pages.sort();
}

/** Compressed size as a static host serves it: gzip at its default level 6. */
export const compressed = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

export interface PageWeight {
  /** Compressed bytes of the HTML, of the stylesheets and of the scripts (with their imports) it loads. */
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly total: number;
}

const fileOf = (site: string, url: string) => join(site, decodeURI(url.split(/[?#]/)[0] ?? ''));

/** Local script and stylesheet URLs a page loads, and for scripts the modules they import. */
async function assets(site: string, html: string): Promise<{ css: Set<string>; js: Set<string> }> {
  const css = new Set(
    [...html.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)]
      .map((tag) => /href="?([^"\s>]+)/.exec(tag[0])?.[1])
      .filter((href): href is string => Boolean(href?.startsWith('/'))),
  );
  const js = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)]
    .map((match) => match[1] as string)
    .filter((src) => src.startsWith('/'));
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (js.has(src) || !existsSync(fileOf(site, src))) continue;
    js.add(src);
    const code = await readFile(fileOf(site, src), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      queue.push(posix.join(posix.dirname(src), match[1] as string));
  }
  return { css, js };
}

/** What one page costs a reader on first visit: compressed HTML, CSS and JS (inline ones are in the HTML). */
export async function pageWeight(site: string, page: string): Promise<PageWeight> {
  const html = await readFile(join(site, page, 'index.html'), 'utf8');
  const { css, js } = await assets(site, html);
  const sum = async (urls: Set<string>) => {
    let bytes = 0;
    for (const url of urls) bytes += compressed(await readFile(fileOf(site, url)));
    return bytes;
  };
  const weight = { html: compressed(html), css: await sum(css), js: await sum(js) };
  return { ...weight, total: weight.html + weight.css + weight.js };
}

/**
 * The compressed HTML of a page without its body text (the `.prose` element): the frame around an entry,
 * which must not grow as the corpus does. Counts nested <div>s to find the end of the element.
 */
export function frameBytes(html: string): number {
  const start = html.lastIndexOf('<div', html.indexOf('class="prose'));
  if (start < 0 || !html.includes('class="prose')) return compressed(html);
  let depth = 0;
  const tags = /<(\/?)div\b[^>]*>/g;
  tags.lastIndex = start;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return compressed(html.slice(0, start) + html.slice(tags.lastIndex));
  }
  return compressed(html);
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
