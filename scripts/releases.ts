// Atomic releases for self-hosting (`npm run publish`): each build is copied whole into <root>/releases/<name>/,
// then <root>/current, the symbolic link the web server serves, is switched to it by one rename, so a reader gets
// either the old site or the new one, never a mix. Node's own modules only: the pipeline bundles this file into
// one script that runs on the server with Node 20.12 or newer.
import { constants } from 'node:fs';
import {
  cp,
  link,
  copyFile,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** How many releases stay on disk for a rollback when `--keep` is not given. */
export const defaultKeep = 5;

/** The link the web server's root points at, and the folder of releases, both inside the publish folder. */
export const currentLink = 'current';
export const releasesFolder = 'releases';
const lockFile = '.publish.lock';

/** A mistake in how publish was called or in the publish folder: printed as it is, without a stack. */
export class PublishError extends Error {}

/** What is at a path, or undefined when nothing is; any other failure (permissions, disk) is thrown. */
async function statOf(path: string) {
  return lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/**
 * Files whose names carry a hash of their content, so that two releases never hold different files under one name:
 * Vite's bundles and Pagefind's index chunks. A page of the previous release that a reader already has open asks for
 * its own, so the next release keeps them for one more release (see `carryAssets`).
 */
export function isHashedAsset(path: string): boolean {
  const posix = path.split(sep).join('/');
  return /^_astro\//.test(posix) || /^pagefind[^/]*\/((fragment|index|filter)\/|[^/]+\.pf_meta$)/.test(posix);
}

/** A release's name: the UTC time of the publish, which sorts in time order, then a label such as a commit. */
export function releaseName(date: Date, label?: string): string {
  const stamp = date.toISOString().replace(/[-:]/g, '');
  if (label === undefined || label === '') return stamp;
  if (!/^[\w.-]{1,64}$/.test(label))
    throw new PublishError(`--label "${label}" may hold only letters, digits, ".", "_" and "-" (64 at most)`);
  return `${stamp}-${label}`;
}

/** Releases to delete: all but the newest `keep`, never the one being served. */
export function releasesToRemove(
  names: readonly string[],
  current: string | undefined,
  keep: number,
): string[] {
  const sorted = [...names].sort();
  return sorted.slice(0, Math.max(0, sorted.length - keep)).filter((name) => name !== current);
}

/** The releases in the publish folder, oldest first. */
export async function listReleases(root: string): Promise<string[]> {
  const folder = join(root, releasesFolder);
  if (!(await statOf(folder))) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The release `current` points at, or undefined before the first publish. */
export async function currentRelease(root: string): Promise<string | undefined> {
  const path = join(root, currentLink);
  const stats = await statOf(path);
  if (!stats) return undefined;
  if (!stats.isSymbolicLink())
    throw new PublishError(
      `${path} is a real ${stats.isDirectory() ? 'folder' : 'file'}, not a link: move it away (it can be published again with --from) and run publish again`,
    );
  const target = await readlink(path);
  return relative(releasesFolder, target);
}

/** Points `current` at a release in one step: a new link under a temporary name, renamed over the old one. */
async function switchCurrent(root: string, name: string): Promise<void> {
  await currentRelease(root); // refuses a real folder, which a rename cannot replace in one step
  const temporary = join(root, `.${currentLink}-${process.pid}-${Date.now()}`);
  await symlink(join(releasesFolder, name), temporary);
  await rename(temporary, join(root, currentLink));
}

const manifestPath = (root: string, name: string) => join(root, releasesFolder, `${name}.json`);

/** The hashed assets a release's own build wrote (not those it carried), from its manifest. */
async function builtAssets(root: string, name: string): Promise<string[]> {
  const path = manifestPath(root, name);
  // A release published by another tool has no manifest: it has nothing to carry.
  if (!(await statOf(path))) return [];
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { assets?: unknown };
    return Array.isArray(manifest.assets) ? manifest.assets.filter((asset) => typeof asset === 'string') : [];
  } catch (error) {
    throw new PublishError(
      `${path} cannot be read (${String(error)}): delete it, and its release carries nothing`,
    );
  }
}

/**
 * Gives release `to` the hashed assets of release `from` it lacks (hard links, or copies across file systems), so a
 * page of `from` still open in a browser can load its scripts and search chunks after the switch. Returns how many.
 */
async function carryAssets(root: string, from: string, to: string): Promise<number> {
  let carried = 0;
  for (const path of await builtAssets(root, from)) {
    const source = join(root, releasesFolder, from, path);
    const target = join(root, releasesFolder, to, path);
    if (await statOf(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    if (!(await statOf(source))) continue;
    await link(source, target).catch(() => copyFile(source, target, constants.COPYFILE_EXCL));
    carried++;
  }
  return carried;
}

/** Every file under a folder, as paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** Runs `work` while holding the publish folder's lock, so two publishes never interleave. */
async function withLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const path = join(root, lockFile);
  const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    throw new PublishError(
      `${path} exists: another publish is running. If none is, a publish was interrupted: delete the file and run again`,
    );
  });
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}

export interface PublishResult {
  release: string;
  previous: string | undefined;
  carried: number;
  removed: string[];
}

/** Publishes the build in `from` as a new release and makes it current; keeps the newest `keep` releases. */
export async function publish(options: {
  root: string;
  from: string;
  label?: string;
  keep?: number;
  now?: Date;
}): Promise<PublishResult> {
  const { root, from, keep = defaultKeep } = options;
  if (!Number.isInteger(keep) || keep < 1)
    throw new PublishError(`--keep must be a whole number of at least 1, not ${keep}`);
  if (!(await statOf(join(from, 'index.html'))))
    throw new PublishError(
      `${from} holds no index.html: build the site first (npm run build), or give --from <folder>`,
    );
  const release = releaseName(options.now ?? new Date(), options.label);
  await mkdir(join(root, releasesFolder), { recursive: true });
  return withLock(root, async () => {
    const previous = await currentRelease(root);
    const folder = join(root, releasesFolder, release);
    if (await statOf(folder))
      throw new PublishError(
        `release ${release} exists already: publish again in a moment, or give another --label`,
      );
    // Copied under a hidden name first, so that a copy cut short never looks like a release.
    const incoming = join(root, releasesFolder, `.incoming-${release}`);
    await rm(incoming, { recursive: true, force: true });
    await cp(from, incoming, { recursive: true });
    const assets = (await filesUnder(incoming)).filter(isHashedAsset);
    await rename(incoming, folder);
    await writeFile(manifestPath(root, release), `${JSON.stringify({ release, assets }, null, 1)}\n`);
    const carried = previous ? await carryAssets(root, previous, release) : 0;
    await switchCurrent(root, release);
    const removed = releasesToRemove(await listReleases(root), release, keep);
    for (const name of removed) await removeRelease(root, name);
    return { release, previous, carried, removed };
  });
}

async function removeRelease(root: string, name: string): Promise<void> {
  await rm(join(root, releasesFolder, name), { recursive: true, force: true });
  await rm(manifestPath(root, name), { force: true });
}

/** Makes the release before the current one current again; the one left stays until it is pruned. */
export async function rollback(options: { root: string }): Promise<{ from: string; to: string }> {
  const { root } = options;
  if ((await currentRelease(root)) === undefined)
    throw new PublishError(`${join(root, currentLink)} does not exist: nothing is published there yet`);
  return withLock(root, async () => {
    const from = (await currentRelease(root)) ?? '';
    const names = await listReleases(root);
    const to = names.filter((name) => name < from).at(-1);
    if (to === undefined)
      throw new PublishError(
        `no release older than ${from} is kept in ${join(root, releasesFolder)}: nothing to roll back to`,
      );
    await carryAssets(root, from, to);
    await switchCurrent(root, to);
    return { from, to };
  });
}
