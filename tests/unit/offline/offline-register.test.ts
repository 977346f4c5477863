// The registration script every page gains: small, and the data saver's switch.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { savesData } from '../../../src/offline/browser/offline-register.ts';

describe('the registration script', () => {
  it('adds at most 2 KB compressed to a page, with what it imports', async () => {
    const result = await build({
      stdin: {
        contents:
          "import { registerOffline } from './src/offline/browser/offline-register.ts'; registerOffline();",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength;
    expect(gzipped).toBeGreaterThan(200);
    expect(gzipped).toBeLessThanOrEqual(2048);
  });

  it('follows the browser’s data saver and the prefers-reduced-data query', () => {
    const nav = (saveData?: boolean) => ({ connection: { saveData } }) as unknown as Navigator;
    expect(savesData(nav(true), () => false)).toBe(true);
    expect(savesData(nav(false), (query) => query === '(prefers-reduced-data: reduce)')).toBe(true);
    expect(savesData(nav(undefined), () => false)).toBe(false);
  });
});
