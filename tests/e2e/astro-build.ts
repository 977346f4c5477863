// Astro writes a build's modules under this checkout's .astro/ whatever the content folder, so two builds at once
// break each other (a module of one build went missing from the other's). The specs that build a corpus of their
// own (pagination, the editor's published site) run on different workers, so they build through here, one at a
// time: a lock folder holding the builder's process id, taken over when that process is gone.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const lock = join('node_modules', '.astro', 'e2e-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquire(): Promise<void> {
  for (;;) {
    try {
      await mkdir(lock, { recursive: false });
      await writeFile(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      // A holder that has not yet written its id is alive; one whose process is gone left the lock behind.
      if (holder && !alive(holder)) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** `astro build` of the corpus in `contentDir` into `outDir`, never beside another build of this checkout. */
export async function buildCorpus(contentDir: string, outDir: string): Promise<void> {
  await mkdir(join('node_modules', '.astro'), { recursive: true });
  await acquire();
  try {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
