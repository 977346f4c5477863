// The house as docs/architecture.md and the README describe it: their folders are the tree's, a file name is used
// once, and Astro templates import in one direction. (Imports between modules: `npm run check:architecture`.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folders = (path: string) =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();

describe('docs/architecture.md', () => {
  it('names every folder of src/ in its table of parts, and no other', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const table = doc.slice(doc.search(/^\| part /m), doc.indexOf('Three rules'));
    const named = [...new Set([...table.matchAll(/`src\/([a-z0-9-]+)\/`/g)].map((match) => match[1]))].sort();
    expect(named).toEqual(folders('src'));
  });
});

describe('file names', () => {
  it('are used once in src/ and scripts/ (index.ts and route files aside)', async () => {
    const files = [
      ...(await Array.fromAsync(glob('src/**/*.*'))),
      ...(await Array.fromAsync(glob('scripts/**/*.*'))),
    ].filter((file) => !file.startsWith(join('src', 'pages')) && basename(file) !== 'index.ts');
    const byName = Map.groupBy(files, (file) => basename(file));
    const repeated = [...byName.values()].filter((paths) => paths.length > 1);
    expect(repeated).toEqual([]);
  });
});

describe('Astro templates', () => {
  const imports = async (pattern: string) =>
    (await Array.fromAsync(glob(pattern))).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gm)].map((match) => ({
        file,
        target: match[1] ?? '',
      })),
    );

  it('never import a page', async () => {
    const wrong = (await imports('src/**/*.{astro,ts}')).filter(({ target }) => target.includes('/pages/'));
    expect(wrong).toEqual([]);
  });

  it('components do not import layouts: a template that wraps a page is a layout', async () => {
    const wrong = (await imports('src/components/**/*.astro')).filter(({ target }) =>
      target.includes('/layouts/'),
    );
    expect(wrong).toEqual([]);
  });
});

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /## Layout\n[^`]*```\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';
  /** The paths of the layout block: a line's first word, under the folder of the line less indented above it. */
  const listed = (() => {
    const parents: string[] = [];
    return block.split('\n').flatMap((line) => {
      const word = /^( *)(\S+)/.exec(line);
      const indent = (word?.[1] ?? '').length;
      // Paths start at an even indent under their folder; descriptions continue from column 22.
      if (!word?.[2] || indent % 2 !== 0 || indent >= 22 || !/^[\w.[\]-]+\/?$/.test(word[2])) return [];
      const depth = indent / 2;
      parents.length = depth;
      const path = [...parents, word[2]].join('');
      if (word[2].endsWith('/')) parents[depth] = word[2];
      return [path];
    });
  })();

  it('lists only paths that exist', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('lists every folder of the project and of src/', () => {
    const ignored = new Set(['node_modules', 'dist', 'test-results', 'playwright-report']);
    const expected = [
      ...folders('.').filter((name) => !ignored.has(name)),
      ...folders('src').map((name) => `src/${name}`),
    ].map((path) => `${path}/`);
    expect(expected.filter((path) => !listed.includes(path))).toEqual([]);
  });
});
