// A bad entry never reaches readers: the validator names its file, line and field, and the build itself
// refuses it too, so that running `astro build` directly cannot publish it either.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function attempt(command: string, args: string[], contentDir: string) {
  try {
    await run(command, args, {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  }
}

const fixtures = [
  {
    folder: 'tests/fixtures/bad-unknown-organisation',
    validator: 'practices/en/example.mdx:6:36  organisations.1  "no-such-society" is not in organisations',
    build: ['practices/en/example.mdx  organisations.1  "no-such-society" is not in organisations'],
  },
  {
    folder: 'tests/fixtures/bad-misspelt-field',
    validator: 'practices/en/example.mdx:3:1  sumary  is not a field; did you mean "summary"?',
    build: ['practices/en/example.mdx', 'Unrecognized key: "sumary"'],
  },
];

describe.each(fixtures)('$folder', ({ folder, validator, build }) => {
  it('is reported by the validator with file, line and field', async () => {
    const result = await attempt('node', ['scripts/check-content.ts'], folder);
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`${folder}/${validator}`);
  });

  it('is refused by astro build, which names the file', { timeout: 120_000 }, async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'px-refused-'));
    const result = await attempt('npx', ['astro', 'build', '--force', '--outDir', outDir], folder);
    expect(result.failed).toBe(true);
    for (const part of build) expect(result.output).toContain(part);
  });
});

it('the seed content passes the validator', async () => {
  const result = await attempt('node', ['scripts/check-content.ts'], 'content');
  expect(result).toEqual({ failed: false, output: '' });
});
