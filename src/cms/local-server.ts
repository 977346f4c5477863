/**
 * The local editing server: decap-server's git mode, on 127.0.0.1 only, in a given repository, behind a small
 * adapter that makes translations work (docs/editing.md):
 *
 * - Decap asks for every language file of an entry in the editorial workflow, and for a file the draft branch
 *   did not change it sends an empty `id`; decap-server's request check refuses that (HTTP 422), so the entry's
 *   English file went unread, the entry could not be opened, published or deleted. The local server reads
 *   files by path, so the adapter gives such a request the path as its id.
 * - decap-server never deletes an entry's file. A translation whose text an editor emptied arrives as a file
 *   with no text (`raw: ''`, src/cms/browser/decap-app.ts); the adapter removes it from the same branch, in a
 *   commit of its own, before the editor hears that the save worked.
 * - Two editors saving the same entry: each save says which version of each file it started from (`base`). A
 *   file someone else has saved since is not overwritten: the save is refused with a message saying so (409).
 * - Requests are answered one at a time, so a second editor waits instead of meeting decap-server's own
 *   three-second lock ("Request timed out").
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
// @ts-expect-error express ships no types here; decap-server's middleware needs an express application.
import express from 'express';
// @ts-expect-error decap-server ships no types; its git-mode middleware, as decap-server's own server uses it.
import decapServer from 'decap-server/dist/middlewares.js';

/** decap-server's port: DECAP_PORT, or Decap's default 8081. */
export function decapServerPort(env: Record<string, string | undefined> = process.env): number {
  return Number(env['DECAP_PORT'] ?? 8081);
}

/** A file of a save, as Decap's proxy backend sends it. */
interface DataFile {
  slug: string;
  path: string;
  raw: string;
  newPath?: string;
}

/** The parts of a request the adapter reads. */
export interface EditorRequest {
  action: string;
  params?: {
    branch?: string;
    id?: string;
    path?: string;
    dataFiles?: DataFile[];
    /** The text of each file when the editor opened the entry (null: there was no file). */
    base?: Record<string, string | null>;
    options?: { useWorkflow?: boolean; collectionName?: string };
  };
}

/** What a save asks of the repository beyond decap-server's own work. */
export interface SavePlan {
  /** The branch the save goes to: the entry's draft branch in the workflow, the default branch otherwise. */
  branch: string;
  /** Files to remove: translations whose text the editor emptied. */
  remove: string[];
  /** Files someone else changed since the editor opened the entry, which this save would overwrite. */
  conflicts: string[];
}

/** The draft branch decap-server keeps for an entry in the editorial workflow. */
export function draftBranch(collection: string, slug: string): string {
  return `cms/${collection}/${slug}`;
}

/**
 * Rewrites a request so decap-server accepts it, and says what else a save needs. `current` reads a file's
 * text on a branch (null when it is not there).
 */
export function planRequest(
  request: EditorRequest,
  current: (branch: string, path: string) => string | null,
  branchExists: (branch: string) => boolean,
): { request: EditorRequest; plan?: SavePlan } {
  const params = request.params ?? {};
  if (
    (request.action === 'unpublishedEntryDataFile' || request.action === 'unpublishedEntryMediaFile') &&
    !params.id
  )
    return { request: { ...request, params: { ...params, id: params.path ?? '' } } };
  if (request.action !== 'persistEntry' || !params.dataFiles) return { request };
  const { dataFiles, base, ...rest } = params;
  const first = dataFiles[0];
  const defaultBranch = params.branch ?? 'main';
  const draft = first && draftBranch(params.options?.collectionName ?? '', first.slug);
  const branch = params.options?.useWorkflow && draft ? draft : defaultBranch;
  const readFrom = branchExists(branch) ? branch : defaultBranch;
  const now = new Map(dataFiles.map((file) => [file.path, current(readFrom, file.path)]));
  const opened = (file: DataFile) => (base ? base[file.path] : now.get(file.path));
  /** Saved by someone else since this editor opened the entry (unknown files: never opened, never compared). */
  const movedOn = (file: DataFile) =>
    Boolean(base && file.path in base && now.get(file.path) !== base[file.path]);
  // A file sent with no text stands for no file: a language this editor did not write (src/cms/browser/decap-app.ts).
  const edited = (file: DataFile) =>
    !base || !(file.path in base) || (file.raw === '' ? null : file.raw) !== base[file.path];
  const conflicts = dataFiles.filter((file) => edited(file) && movedOn(file)).map((file) => file.path);
  const remove = dataFiles
    .filter((file) => file.raw === '' && opened(file) != null && now.get(file.path) !== null)
    .map((file) => file.path);
  // A file this editor did not change is not written back over someone else's newer version.
  const kept = dataFiles.filter((file) => file.raw !== '' && (edited(file) || !movedOn(file)));
  return {
    request: { ...request, params: { ...rest, dataFiles: kept } },
    plan: { branch, remove, conflicts },
  };
}

/** The message an editor sees when someone else saved the same files first. */
export function conflictMessage(paths: readonly string[]): string {
  const languages = paths.map((path) => path.split('/').at(-2)?.toUpperCase() ?? path).join(', ');
  return `Someone else saved this entry (${languages}) after you opened it. Nothing of yours was saved and nothing of theirs was lost: copy your text, reload the entry, and make your change again.`;
}

function git(repository: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function readOnBranch(repository: string, branch: string, path: string): string | null {
  try {
    return git(repository, 'show', `${branch}:${path}`);
  } catch {
    return null;
  }
}

function hasBranch(repository: string, branch: string): boolean {
  try {
    git(repository, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
    return true;
  } catch {
    return false;
  }
}

/** Removes files from a branch in a commit, and returns to the branch checked out before. */
function removeFiles(repository: string, branch: string, paths: readonly string[]): void {
  const before = git(repository, 'rev-parse', '--abbrev-ref', 'HEAD').trim();
  if (before !== branch) git(repository, 'checkout', '--quiet', branch);
  try {
    git(repository, 'rm', '--quiet', '--ignore-unmatch', '--', ...paths);
    git(
      repository,
      '-c',
      'commit.gpgsign=false',
      'commit',
      '--quiet',
      '--no-verify',
      '-m',
      `Remove translation ${paths.join(', ')}`,
    );
  } finally {
    if (before !== branch) git(repository, 'checkout', '--quiet', before);
  }
}

/**
 * Deletes draft branches that hold no change (a save of an unchanged entry makes one): decap-server fails on
 * them (500), and a draft with nothing in it is no draft.
 */
function pruneEmptyDrafts(repository: string, defaultBranch: string): void {
  const current = git(repository, 'rev-parse', '--abbrev-ref', 'HEAD').trim();
  const drafts = git(repository, 'branch', '--list', 'cms/*', '--format=%(refname:short)')
    .split('\n')
    .filter((branch) => branch && branch !== current);
  for (const branch of drafts)
    if (git(repository, 'diff', '--name-only', defaultBranch, branch).trim() === '')
      git(repository, 'branch', '--quiet', '-D', branch);
}

interface Response {
  statusCode: number;
  status(code: number): Response;
  json(body: unknown): Response;
  on(event: 'close', listener: () => void): void;
}

/** The adapter: one request at a time, rewritten by planRequest(), with removals and conflicts handled. */
function adapter(repository: string) {
  let queue: Promise<void> = Promise.resolve();
  return (request: { body: EditorRequest }, response: Response, next: () => void): void => {
    const turn = queue;
    let release = () => {};
    queue = new Promise((resolve) => (release = resolve));
    response.on('close', () => release());
    void turn.then(() => {
      if (request.body.action === 'unpublishedEntries' || request.body.action === 'unpublishedEntry')
        pruneEmptyDrafts(repository, request.body.params?.branch ?? 'main');
      const { request: rewritten, plan } = planRequest(
        request.body,
        (branch, path) => readOnBranch(repository, branch, path),
        (branch) => hasBranch(repository, branch),
      );
      request.body = rewritten;
      if (plan?.conflicts.length) {
        response.status(409).json({ error: conflictMessage(plan.conflicts) });
        return;
      }
      if (plan && rewritten.params?.dataFiles?.length === 0) {
        if (plan.remove.length) removeFiles(repository, plan.branch, plan.remove);
        response.json({ message: 'entry persisted' });
        return;
      }
      if (plan?.remove.length) {
        const send = response.json.bind(response);
        response.json = (body: unknown) => {
          try {
            if (response.statusCode < 300) removeFiles(repository, plan.branch, plan.remove);
            return send(body);
          } catch (error) {
            response.status(500);
            return send({ error: `The translation was not removed: ${String(error)}` });
          }
        };
      }
      next();
    });
  };
}

/** Starts the local editing server on 127.0.0.1:`port` for the Git repository in `repository`. */
export async function startLocalServer(repository: string, port: number): Promise<Server> {
  // decap-server reads its repository from the environment.
  process.env['GIT_REPO_DIRECTORY'] = repository;
  const app = express();
  app.use(express.json({ limit: '50mb' }));
  app.post('/api/v1', adapter(repository));
  await decapServer.registerLocalGit(app);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
