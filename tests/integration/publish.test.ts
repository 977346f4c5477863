// `npm run publish` under load: a plain static server serves <folder>/current, following the link on every request,
// while readers load pages and the stylesheet each page names, and the site is published twice and rolled back.
// No request may fail, and each page's stylesheet must come from the page's own release.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const pages = 200;
const readers = 4;

let work = '';
let server: Server | undefined;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'publish-'));
});
afterAll(async () => {
  server?.close();
  await rm(work, { recursive: true, force: true });
});

/** A build whose every page and stylesheet say which build they belong to. */
async function build(marker: string): Promise<string> {
  const folder = join(work, `build-${marker}`);
  const stylesheet = `/_astro/site.${marker}.css`;
  await mkdir(join(folder, '_astro'), { recursive: true });
  await writeFile(join(folder, stylesheet), `/* build ${marker} */ body { margin: 0 }`);
  const page = (title: string) =>
    `<!doctype html><meta name="build" content="${marker}"><link rel="stylesheet" href="${stylesheet}"><h1>${title}</h1>`;
  await writeFile(join(folder, 'index.html'), page('Home'));
  for (let index = 0; index < pages; index++) {
    await mkdir(join(folder, `p${index}`));
    await writeFile(join(folder, `p${index}`, 'index.html'), page(`Page ${index}`));
  }
  return folder;
}

/** Node's own HTTP server over <root>/current: each request opens its file through the link, as nginx does. */
async function serve(root: string): Promise<string> {
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, 'current', path.endsWith('/') ? join(path, 'index.html') : path);
    readFile(file).then(
      (body) => response.writeHead(200).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
}

const publishCli = (...args: string[]) => run(process.execPath, ['scripts/publish.ts', ...args]);

describe('npm run publish', () => {
  it('switches releases under continuous requests without a failed or mixed response', async () => {
    const root = join(work, 'site');
    const [one, two, three] = await Promise.all(['one', 'two', 'three'].map(build));
    await publishCli('--to', root, '--from', one ?? '', '--label', 'one');
    const base = await serve(root);

    const problems: string[] = [];
    const seen = new Map<string, number>();
    let switching = true;
    let afterLastSwitch = 0;
    const reader = async (start: number) => {
      // Reads until every switch is done, then a few more pages, so the last release is read too.
      for (let index = start; switching || afterLastSwitch < readers * 10; index++) {
        if (!switching) afterLastSwitch++;
        const path = `/p${index % pages}/`;
        const page = await fetch(base + path);
        const html = await page.text();
        if (!page.ok) {
          problems.push(`${path}: ${page.status}`);
          continue;
        }
        const marker = /name="build" content="(\w+)"/.exec(html)?.[1] ?? '';
        const href = /rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
        const css = await fetch(base + href);
        const text = await css.text();
        if (!css.ok) problems.push(`${href} (for ${path} of ${marker}): ${css.status}`);
        else if (!text.includes(`build ${marker} `))
          problems.push(`${href} for ${path} of ${marker}: ${text}`);
        seen.set(marker, (seen.get(marker) ?? 0) + 1);
      }
    };
    const reading = Promise.all(Array.from({ length: readers }, (_, index) => reader(index * 100)));

    await publishCli('--to', root, '--from', two ?? '', '--label', 'two');
    await publishCli('--to', root, '--from', three ?? '', '--label', 'three');
    await publishCli('--to', root, '--rollback');
    switching = false;
    await reading;

    expect(problems).toEqual([]);
    // The readers were reading while each release was current: the switches happened under load.
    expect([...seen.keys()].sort()).toEqual(['one', 'three', 'two']);
    expect(await (await fetch(`${base}/`)).text()).toContain('content="two"');
  });
});
