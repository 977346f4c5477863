import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { buildEnv } from '../../scripts/bench/build-env.ts';

test('the benchmark builds with the environment npm run build gives Astro', async () => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { build: string } };
  const assignments = Object.entries(buildEnv).map(([name, value]) => `${name}=${value}`);
  expect(scripts.build).toMatch(new RegExp(`^${assignments.join(' ')} astro build `));
});
