/**
 * The editor's end-to-end servers, started only for the spec that uses them (a worker fixture, not Playwright's
 * global web servers): a throwaway Git repository holding a copy of content/ and public/uploads/ committed on
 * `main` in a temporary folder, the local editing server on it (src/cms/local-server.ts), so nothing is ever
 * written to this checkout, and Astro's dev server, which serves /admin/ and passes its requests on.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startLocalServer } from '../../src/cms/local-server.ts';

/** The sandbox folder for a decap-server port, so two checkouts testing side by side do not meet. */
export function editorSandbox(port: number): string {
  return join(tmpdir(), `practice-exchange-editor-${port}`);
}

/** Ports of the editor's test servers: the local editing server, and the dev server that serves /admin/. */
export const editorPorts = {
  decap: Number(process.env['EDITOR_DECAP_PORT'] ?? 8091),
  dev: Number(process.env['EDITOR_PORT'] ?? 4351),
};

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

/** Makes a fresh sandbox repository holding this checkout's content. */
export function makeSandbox(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync('content', join(folder, 'content'), { recursive: true });
  if (existsSync('public/uploads'))
    cpSync('public/uploads', join(folder, 'public/uploads'), { recursive: true });
  git(folder, 'init', '--quiet', '--initial-branch=main');
  git(folder, 'config', 'user.name', 'Editor test');
  git(folder, 'config', 'user.email', 'editor-test@localhost');
  git(folder, 'config', 'commit.gpgsign', 'false');
  git(folder, 'add', '.');
  git(folder, 'commit', '--quiet', '-m', 'Seed content');
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  );
}

/** Starts the sandbox and both servers; resolves to a function that stops them. */
async function startEditorServers(): Promise<() => Promise<void>> {
  const admin = `http://127.0.0.1:${editorPorts.dev}/admin/`;
  makeSandbox(editorSandbox(editorPorts.decap));
  const local = await startLocalServer(editorSandbox(editorPorts.decap), editorPorts.decap);
  const dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(editorPorts.dev)],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        DECAP_PORT: String(editorPorts.decap),
        CMS_BRANCH: 'main',
      },
      stdio: 'ignore',
    },
  );
  // The first visit bundles the editor, which takes a while on a slow machine.
  while (!(await answers(admin))) {
    if (dev.exitCode !== null) throw new Error(`astro dev stopped with code ${dev.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return async () => {
    dev.kill('SIGTERM');
    await new Promise<void>((resolve) => local.close(() => resolve()));
  };
}

/** Tests of the editor: `editorServers` runs the servers above once per worker, for these tests only. */
export const test = base.extend<object, { editorServers: void }>({
  editorServers: [
    async ({}, use) => {
      // Servers left running by hand (EDITOR_REUSE=1, for working on the tests) are used as they are.
      if (process.env['EDITOR_REUSE']) return use();
      const stop = await startEditorServers();
      await use();
      await stop();
    },
    { scope: 'worker', auto: true, timeout: 300_000 },
  ],
});

/** For working on the tests: `node tests/e2e/editor-sandbox.ts` starts the servers and keeps them running. */
if (import.meta.main) await startEditorServers();
