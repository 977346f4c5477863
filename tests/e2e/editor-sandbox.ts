/**
 * A throwaway Git repository for the editor's end-to-end test, so decap-server never writes to this checkout:
 * a copy of content/ and public/uploads/ committed on `main` in a temporary folder, then decap-server on it.
 * Run by Playwright as a web server (playwright.config.ts); the test reads the same folder (editorSandbox).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decapServerEnv } from '../../src/cms/local-server.ts';

/** The sandbox folder for a decap-server port, so two checkouts testing side by side do not meet. */
export function editorSandbox(port: number): string {
  return join(tmpdir(), `practice-exchange-editor-${port}`);
}

/** Ports of the editor's test servers: decap-server, and the dev server that serves /admin/. */
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

if (import.meta.main) {
  const folder = editorSandbox(editorPorts.decap);
  makeSandbox(folder);
  Object.assign(process.env, decapServerEnv(folder, editorPorts.decap));
  // @ts-expect-error decap-server ships no types; importing it starts the server with the environment above.
  await import('decap-server/dist/index.js');
}
