// The editor's bundle is made again when a file it is made of changes, and only then.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles, bundleIsCurrent, inputsDigest } from '../../src/cms/bundle.ts';

describe('the editor bundle’s cache', () => {
  const folder = mkdtempSync(join(tmpdir(), 'editor-bundle-'));
  const outDir = join(folder, 'admin');
  const input = join(folder, 'decap-app.ts');
  const note = (noted: object) => writeFileSync(`${outDir}.inputs.json`, JSON.stringify(noted));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps the files among esbuild’s inputs, not the modules it left out', () => {
    expect(bundleFiles(['src/b.ts', '(disabled):fs', 'src/a.ts'])).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('reuses a bundle until one of its files changes', async () => {
    writeFileSync(input, 'one');
    note({ inputs: [input], digest: await inputsDigest([input]) });
    expect(await bundleIsCurrent(outDir)).toBe(true);
    writeFileSync(input, 'two');
    expect(await bundleIsCurrent(outDir)).toBe(false);
  });

  it('makes it again when the note has no digest', async () => {
    note({ inputs: [input, '(disabled):fs'] });
    expect(await bundleIsCurrent(outDir)).toBe(false);
  });
});
