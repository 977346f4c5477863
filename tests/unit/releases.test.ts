// Atomic releases (scripts/releases.ts) on small builds in the system's temporary folder.
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentRelease,
  isHashedAsset,
  listReleases,
  publish,
  PublishError,
  releaseName,
  releasesToRemove,
  rollback,
} from '../../scripts/releases.ts';

let work = '';
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'releases-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Writes a build: a page that says `marker` and loads /_astro/<marker>.js. */
async function build(marker: string, extra: Record<string, string> = {}): Promise<string> {
  const folder = join(work, `build-${marker}`);
  const files = {
    'index.html': `<p>${marker}</p><script src="/_astro/${marker}.js"></script>`,
    [`_astro/${marker}.js`]: `// ${marker}`,
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  return folder;
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute));
const served = (root: string, path: string) => readFile(join(root, 'current', path), 'utf8');

describe('releaseName', () => {
  it('is the UTC time, sortable, then the label', () => {
    expect(releaseName(new Date('2026-12-05T09:03:07.123Z'), 'a1b2c3d')).toBe('20261205T090307.123Z-a1b2c3d');
    expect(releaseName(new Date('2026-12-05T09:03:07.123Z'))).toBe('20261205T090307.123Z');
  });

  it('refuses a label that is no plain name', () => {
    expect(() => releaseName(at(0), '../x')).toThrow(PublishError);
  });
});

describe('releasesToRemove', () => {
  it('removes all but the newest, never the current one', () => {
    expect(releasesToRemove(['c', 'a', 'd', 'b'], 'd', 2)).toEqual(['a', 'b']);
    expect(releasesToRemove(['a', 'b', 'c'], 'a', 1)).toEqual(['b']);
    expect(releasesToRemove(['a'], 'a', 5)).toEqual([]);
  });
});

describe('isHashedAsset', () => {
  it('knows Vite bundles and Pagefind chunks from pages and entry files', () => {
    expect(isHashedAsset('_astro/style.BtpXosvN.css')).toBe(true);
    expect(isHashedAsset('pagefind/fragment/en_1a2b3c.pf_fragment')).toBe(true);
    expect(isHashedAsset('pagefind-all/index/en_1a2b3c.pf_index')).toBe(true);
    expect(isHashedAsset('pagefind/pagefind.en_5aa6a5c6d2.pf_meta')).toBe(true);
    expect(isHashedAsset('pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedAsset('index.html')).toBe(false);
    expect(isHashedAsset('practices/_astro/index.html')).toBe(false);
  });
});

describe('publish', () => {
  it('copies the build into a release and points current at it', async () => {
    const root = join(work, 'site');
    const result = await publish({ root, from: await build('one'), label: 'abc', now: at(1) });
    expect(result).toEqual({
      release: '20261205T090100.000Z-abc',
      previous: undefined,
      carried: 0,
      removed: [],
    });
    expect(await readlink(join(root, 'current'))).toBe(join('releases', result.release));
    expect(await served(root, 'index.html')).toContain('one');
  });

  it('keeps the previous release’s hashed assets for pages still open, and prunes to --keep', async () => {
    const root = join(work, 'site');
    await publish({ root, from: await build('one'), now: at(1) });
    await publish({ root, from: await build('two'), now: at(2) });
    const third = await publish({ root, from: await build('three'), now: at(3), keep: 2 });

    expect(third.carried).toBe(1);
    expect(third.removed).toEqual(['20261205T090100.000Z']);
    expect(await listReleases(root)).toEqual(['20261205T090200.000Z', '20261205T090300.000Z']);
    expect(await served(root, 'index.html')).toContain('three');
    // One release back only: the second's own bundle, not the first's, which the second had carried.
    expect((await readdir(join(root, 'current', '_astro'))).sort()).toEqual(['three.js', 'two.js']);
  });

  it('refuses a folder without a built site', async () => {
    await mkdir(join(work, 'empty'));
    await expect(publish({ root: join(work, 'site'), from: join(work, 'empty') })).rejects.toThrow(
      /holds no index.html: build the site first/,
    );
  });

  it('refuses a current that is a real folder, and leaves it alone', async () => {
    const root = join(work, 'site');
    await mkdir(join(root, 'current'), { recursive: true });
    await writeFile(join(root, 'current', 'index.html'), 'old');
    await expect(publish({ root, from: await build('one'), now: at(1) })).rejects.toThrow(
      /is a real folder, not a link/,
    );
    expect(await served(root, 'index.html')).toBe('old');
  });

  it('refuses to run beside another publish', async () => {
    const root = join(work, 'site');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, '.publish.lock'), '1\n');
    await expect(publish({ root, from: await build('one') })).rejects.toThrow(/another publish is running/);
  });
});

describe('rollback', () => {
  it('makes the release before current again, with the newer one’s assets for its open pages', async () => {
    const root = join(work, 'site');
    await publish({ root, from: await build('one'), now: at(1) });
    await publish({ root, from: await build('two'), now: at(2) });

    expect(await rollback({ root })).toEqual({ from: '20261205T090200.000Z', to: '20261205T090100.000Z' });
    expect(await currentRelease(root)).toBe('20261205T090100.000Z');
    expect(await served(root, 'index.html')).toContain('one');
    expect(await served(root, '_astro/two.js')).toBe('// two');
  });

  it('says so when there is nothing older to go back to', async () => {
    const root = join(work, 'site');
    await publish({ root, from: await build('one'), now: at(1) });
    await expect(rollback({ root })).rejects.toThrow(/nothing to roll back to/);
    await expect(rollback({ root: join(work, 'nowhere') })).rejects.toThrow(/nothing is published there yet/);
  });
});
