// With the content check skipped, the MDX pipeline itself still refuses an unsafe address: the render guard
// runs inside Astro's Markdown engine (which runs no remark plugins), and a build fails on it.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('fails a build that skipped the content guard, on a javascript: link', { timeout: 180_000 }, async () => {
  const root = await mkdtemp(join(tmpdir(), 'px-render-guard-'));
  const content = join(root, 'content');
  await cp('tests/fixtures/good-corpus', content, { recursive: true });
  const note = await readFile(join(content, 'practices/en/example-second-practice.mdx'), 'utf8');
  await writeFile(
    join(content, 'practices/en/example-second-practice.mdx'),
    `${note.replace('draft: true\n', '')}\nSee [the form](javascript:alert(document.cookie)).\n`,
  );
  const outDir = join(root, 'dist');
  const failure = await run(
    'node',
    ['tests/integration/build-without-guard.ts', outDir, join(root, 'cache')],
    {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 10 * 1024 * 1024,
    },
  ).then(
    () => '',
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}\n${error.stderr ?? ''}`,
  );
  expect(failure).toMatch(
    /example-second-practice\.mdx: <a href>: the link javascript:alert\(document\.cookie\) is a javascript: address/,
  );
  await expect(readFile(join(outDir, 'practices/example-second-practice/index.html'))).rejects.toThrow();
});
