// The local editing server with a real Git repository: the requests Decap sends to add, change and remove a
// translation of an entry, in the editorial workflow and in simple publish mode, and two editors at once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictMessage, planRequest, startLocalServer } from '../../src/cms/local-server.ts';

const english = '---\ntitle: Casework training\ndate: 2026-01-02\n---\n\nThe text.\n';
const french = '---\ntitle: Formation\ndate: 2026-01-02\n---\n\nLe texte.\n';
const spanish = '---\ntitle: Formación\ndate: 2026-01-02\n---\n\nEl texto.\n';
const path = (language: string, slug = 'casework') => `content/practices/${language}/${slug}.mdx`;

/** What the server answers, in the parts these tests read. */
interface Answer {
  error?: string;
  data?: string;
  diffs?: { path: string }[];
}

let repository: string;
let server: Server;
let api: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repository,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

async function call(
  action: string,
  params: Record<string, unknown>,
): Promise<{ status: number; body: Answer }> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

function save(
  files: Record<string, string>,
  options: { workflow: boolean; base?: Record<string, string | null> },
) {
  return call('persistEntry', {
    dataFiles: Object.entries(files).map(([file, raw]) => ({ slug: 'casework', path: file, raw })),
    assets: [],
    ...(options.base ? { base: options.base } : {}),
    options: {
      collectionName: 'practices',
      commitMessage: 'Update practice note',
      useWorkflow: options.workflow,
      status: 'draft',
    },
  });
}

const onMain = (file: string) => {
  try {
    return git('show', `main:${file}`);
  } catch {
    return null;
  }
};

beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'cms-local-server-'));
  mkdirSync(join(repository, 'content/practices/en'), { recursive: true });
  writeFileSync(join(repository, path('en')), english);
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@localhost');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Seed');
  server = await startLocalServer(repository, 0);
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(() => {
  server?.close();
  rmSync(repository, { recursive: true, force: true });
});

describe('a translation in the editorial workflow', { timeout: 30_000 }, () => {
  it('is added on the draft branch, and the unchanged English file is still read', async () => {
    const saved = await save({ [path('en')]: english, [path('fr')]: french }, { workflow: true });
    expect(saved.status).toBe(200);
    const entry = await call('unpublishedEntry', { collection: 'practices', slug: 'casework' });
    expect(entry.body.diffs?.map((diff: { path: string }) => diff.path)).toEqual([path('fr')]);
    // Decap asks for every language's file; for one the branch did not change it sends no id.
    const read = await call('unpublishedEntryDataFile', {
      collection: 'practices',
      slug: 'casework',
      path: path('en'),
      id: '',
    });
    expect(read).toEqual({ status: 200, body: { data: english } });
  });

  it('is published to the default branch with the English file unchanged', async () => {
    const published = await call('publishUnpublishedEntry', { collection: 'practices', slug: 'casework' });
    expect(published.status).toBe(200);
    expect(onMain(path('fr'))).toBe(french);
    expect(onMain(path('en'))).toBe(english);
  });

  it('is removed when its text arrives empty, on the draft branch, then on publishing', async () => {
    const saved = await save(
      { [path('en')]: english, [path('fr')]: '' },
      { workflow: true, base: { [path('en')]: english, [path('fr')]: french } },
    );
    expect(saved.status).toBe(200);
    expect(git('ls-tree', '-r', '--name-only', 'cms/practices/casework')).not.toContain(path('fr'));
    expect(onMain(path('fr'))).toBe(french);
    await call('publishUnpublishedEntry', { collection: 'practices', slug: 'casework' });
    expect(onMain(path('fr'))).toBeNull();
    expect(git('status', '--porcelain')).toBe('');
  });
});

describe('a translation in simple publish mode', { timeout: 30_000 }, () => {
  it('is added, changed and removed on the default branch', async () => {
    expect((await save({ [path('en')]: english, [path('es')]: spanish }, { workflow: false })).status).toBe(
      200,
    );
    expect(readFileSync(join(repository, path('es')), 'utf8')).toBe(spanish);
    const changed = spanish.replace('El texto.', 'El texto nuevo.');
    const base = { [path('en')]: english, [path('es')]: spanish };
    expect(
      (await save({ [path('en')]: english, [path('es')]: changed }, { workflow: false, base })).status,
    ).toBe(200);
    expect(onMain(path('es'))).toBe(changed);
    const removed = await save(
      { [path('en')]: english, [path('es')]: '' },
      { workflow: false, base: { ...base, [path('es')]: changed } },
    );
    expect(removed.status).toBe(200);
    expect(existsSync(join(repository, path('es')))).toBe(false);
    expect(onMain(path('es'))).toBeNull();
  });
});

describe('two editors on two translations of the same entry', { timeout: 30_000 }, () => {
  it('keeps both translations, and refuses a save over a newer version with a message', async () => {
    // Both opened the entry with English only.
    const opened = { [path('en')]: english, [path('fr')]: null, [path('es')]: null };
    const first = save({ [path('en')]: english, [path('fr')]: french }, { workflow: true, base: opened });
    // Decap sends every language the copied fields give data to: French arrives empty from the second.
    const second = save(
      { [path('en')]: english, [path('fr')]: '', [path('es')]: spanish },
      { workflow: true, base: opened },
    );
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    const files = git('ls-tree', '-r', '--name-only', 'cms/practices/casework');
    expect(files).toContain(path('fr'));
    expect(files).toContain(path('es'));
    // A third editor, who also opened it before, writes French too: refused, the first one's text is kept.
    const third = await save(
      { [path('en')]: english, [path('fr')]: french.replace('Formation', 'Stage') },
      { workflow: true, base: opened },
    );
    expect(third).toEqual({ status: 409, body: { error: conflictMessage([path('fr')]) } });
    expect(git('show', `cms/practices/casework:${path('fr')}`)).toBe(french);
  });
});

describe('a save that changes nothing', { timeout: 30_000 }, () => {
  it('leaves no draft behind that the workflow could not open', async () => {
    await call('publishUnpublishedEntry', { collection: 'practices', slug: 'casework' });
    const base = { [path('en')]: english };
    expect((await save({ [path('en')]: english }, { workflow: true, base })).status).toBe(200);
    expect((await call('unpublishedEntries', {})).body).toEqual([]);
    expect((await call('unpublishedEntry', { collection: 'practices', slug: 'casework' })).status).toBe(404);
  });
});

describe('planRequest', () => {
  const nothing = () => null;
  it('does not remove a translation someone else created after the editor opened the entry', () => {
    const { plan } = planRequest(
      {
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug: 's', path: 'fr/s.mdx', raw: '' }],
          base: { 'fr/s.mdx': null },
          options: { useWorkflow: false },
        },
      },
      () => 'their text',
      () => true,
    );
    expect(plan?.remove).toEqual([]);
  });

  it('leaves other requests as they are', () => {
    const request = { action: 'getEntry', params: { branch: 'main', path: 'x.mdx' } };
    expect(planRequest(request, nothing, () => true)).toEqual({ request });
  });

  it('says which languages were saved by someone else', () => {
    expect(conflictMessage(['content/practices/fr/a.mdx', 'content/practices/es/a.mdx'])).toMatch(
      /^Someone else saved this entry \(FR, ES\) after you opened it\./,
    );
  });
});
