// The build's part: the precached shell within its budget, the site's version, and each language's search files.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheList, searchFiles, siteVersion } from '../../../src/offline/offline-build.ts';
import { locales } from '../../../src/core/locales.ts';

let site: string;

async function put(path: string, body: string | Buffer) {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), body);
}

const fragment = (url: string) =>
  gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: '' })}`));

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'px-offline-build-'));
  await put('_astro/style.css', 'body{}');
  await put('_astro/page.js', 'console.log(1)');
  await put('icons/icon-192.png', 'png');
  await put('favicon.svg', '<svg/>');
  for (const locale of locales) {
    const prefix = locale === 'en' ? '' : `${locale}/`;
    await put(`${prefix}saved/index.html`, '<p>saved</p>');
    await put(`${prefix}search/index.html`, '<p>search</p>');
    await put(`${prefix}manifest.webmanifest`, '{}');
  }
  await put('practices/a/index.html', '<p>a</p>');
  await put(
    'pagefind/pagefind-entry.json',
    JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en' }, hr: { hash: 'hr_2', wasm: null } } }),
  );
  await put('pagefind/index/en_a.pf_index', 'i');
  await put('pagefind/index/hr_b.pf_index', 'i');
  await put('pagefind/filter/en_c.pf_filter', 'f');
  await put('pagefind/fragment/en_d.pf_fragment', fragment('/practices/a/'));
  await put('pagefind/fragment/hr_e.pf_fragment', fragment('/hr/themes/x/'));
});

afterEach(() => rm(site, { recursive: true, force: true }));

describe('the offline build', () => {
  it('precaches the stylesheet, scripts, icons and each language’s saved and search pages and manifest', async () => {
    const urls = (await precacheList(site)).map((file) => file.url);
    expect(urls.slice(0, 4)).toEqual([
      '/_astro/page.js',
      '/_astro/style.css',
      '/favicon.svg',
      '/icons/icon-192.png',
    ]);
    expect(urls).toContain('/saved/');
    expect(urls).toContain('/ar/saved/');
    expect(urls).toContain('/hr/manifest.webmanifest');
    expect(urls).not.toContain('/practices/a/');
  });

  it('stops the build when the shell is over its budget, naming the largest files', async () => {
    // Random bytes do not compress: the file counts about its own size.
    await put('_astro/big.js', randomBytes(4000));
    await expect(precacheList(site, 3000)).rejects.toThrow(
      /is \d+ bytes compressed, over its budget of 3000 .*\/_astro\/big\.js 40\d\d/,
    );
  });

  it('gives the site a version that changes with any published file', async () => {
    const before = await siteVersion(site);
    await put('sw.js', 'the worker, which carries the version');
    expect(await siteVersion(site)).toBe(before);
    await put('practices/a/index.html', '<p>a, changed</p>');
    expect(await siteVersion(site)).not.toBe(before);
  });

  it('lists a language’s search files and the fragment of each of its pages', async () => {
    const search = { path: '/pagefind/', metaCacheTag: 'tag' };
    expect(await searchFiles(site, search, 'en')).toEqual({
      files: [
        '/pagefind/pagefind-entry.json?ts=tag',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/wasm.en.pagefind',
        '/pagefind/pagefind.en_1.pf_meta',
        '/pagefind/index/en_a.pf_index',
        '/pagefind/filter/en_c.pf_filter',
      ],
      fragments: { '/practices/a/': '/pagefind/fragment/en_d.pf_fragment' },
    });
    expect((await searchFiles(site, search, 'hr')).files).toContain('/pagefind/wasm.unknown.pagefind');
    expect(await searchFiles(site, search, 'ar')).toEqual({ files: [], fragments: {} });
  });
});
