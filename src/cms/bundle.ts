/**
 * Builds the editor into a folder: the Decap CMS bundle (src/cms/browser/decap-app.ts with React, from npm), the
 * preview stylesheet, the content context its check before saving reads, the page and the configuration
 * generated from the schemas. `astro build` writes it to dist/admin/ and the dev server to a cache folder it
 * serves at /admin/ (src/integrations/editor.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, stop } from 'esbuild';
import { stringify } from 'yaml';
import { locales, type Locale } from '../core/locales.ts';
import { editorConfigPath, routes } from '../core/routes.ts';
import { contentRoot } from '../schemas/index.ts';
import { checkContext } from '../validation/content-check.ts';
import { listPublicFiles, readCorpus } from '../validation/content-files.ts';
import { editorConfig, type GitBackend } from './config.ts';
import { readFieldDocs } from './field-docs.ts';
import { adminPolicy } from './policy.ts';
import { contextJson } from './save-check.ts';

const backendNames = ['github', 'gitea', 'forgejo'] as const;

/**
 * The production Git backend, from the environment of the build (docs/deploy.md): CMS_BACKEND (github, gitea or
 * forgejo), CMS_REPO (owner/name), CMS_BRANCH, CMS_BASE_URL (the OAuth endpoint), CMS_API_ROOT and CMS_APP_ID
 * (Gitea and Forgejo).
 */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): GitBackend {
  const name = (env['CMS_BACKEND'] ?? 'github') as GitBackend['name'];
  if (!backendNames.includes(name))
    throw new Error(`CMS_BACKEND is "${name}"; use one of ${backendNames.join(', ')}`);
  const backend: GitBackend = { name, repo: env['CMS_REPO'] ?? '', branch: env['CMS_BRANCH'] ?? 'main' };
  if (env['CMS_BASE_URL']) backend.base_url = env['CMS_BASE_URL'];
  if (name !== 'github') {
    const apiRoot = env['CMS_API_ROOT'];
    if (!apiRoot)
      throw new Error(`CMS_BACKEND=${name} needs CMS_API_ROOT, like https://git.example.org/api/v1`);
    backend.api_root = apiRoot;
    if (env['CMS_APP_ID']) backend.app_id = env['CMS_APP_ID'];
  }
  return backend;
}

/** The editor's page: no index, its own policy, and only its own script. */
export function adminPage(backend: GitBackend): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${adminPolicy(backend)}">
    <title>Practice Exchange editor</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <style>
      /* Decap's fields are left to right: each paragraph takes the direction of its text, so Arabic reads right to left. */
      input, textarea, [contenteditable] :is(p, div, li, h1, h2, h3, h4, h5, h6, blockquote) {
        unicode-bidi: plaintext;
        text-align: start;
      }
      /* Right to left (Arabic): Decap places its pop-ups and its list beside the sidebar for left to right. */
      [dir='rtl'] .Toastify__toast-container--top-right {
        right: auto;
        left: 1em;
      }
      @media (min-width: 800px) {
        [dir='rtl'] [class*='-CollectionMain'] {
          padding-left: 0;
          padding-right: 280px;
        }
      }
      /* The interface language (src/cms/browser/editor-language.ts), in a corner Decap leaves free. */
      editor-language {
        position: fixed;
        inset-block-end: 0.5rem;
        inset-inline-start: 0.5rem;
        z-index: 1000;
        color: #313d3e;
        font: 14px/1.4 system-ui, sans-serif;
      }
      editor-language :is(summary, ul) {
        border: 1px solid #798291;
        border-radius: 4px;
        background: #fff;
      }
      editor-language summary {
        padding: 0.25rem 0.5rem;
        cursor: pointer;
      }
      editor-language ul {
        position: absolute;
        inset-block-end: 100%;
        inset-inline-start: 0;
        margin: 0 0 0.25rem;
        padding: 0.25rem;
        list-style: none;
      }
      editor-language button {
        display: block;
        inline-size: 100%;
        padding: 0.25rem 0.5rem;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        text-align: start;
        cursor: pointer;
      }
      editor-language button[aria-current] {
        font-weight: bold;
      }
    </style>
    <script type="module" src="cms.js"></script>
  </head>
  <body></body>
</html>
`;
}

/** The editor's configuration file in one interface language, generated from the schemas. */
export function adminConfigYaml(
  backend: GitBackend,
  siteUrl?: string,
  locale: Locale = 'en',
  docs = readFieldDocs(),
): string {
  const config = editorConfig({ docs, backend, locale, ...(siteUrl ? { siteUrl } : {}) });
  return `# Generated from src/schemas/ by src/cms/config.ts: edit the schemas, not this file.\n${stringify(config, { lineWidth: 0 })}`;
}

/** Writes the page and the configuration in each interface language (the dev server does it on every visit). */
export async function writeAdminPage(outDir: string, backend: GitBackend, siteUrl?: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), adminPage(backend));
  const docs = readFieldDocs();
  for (const locale of locales)
    await writeFile(
      join(outDir, editorConfigPath(locale).slice(routes.admin.length)),
      adminConfigYaml(backend, siteUrl, locale, docs),
    );
}

/**
 * Writes what the editor's check before saving needs from the other files (src/cms/save-check.ts), computed by
 * the content checker's own `checkContext`: the organisations' domains and public numbers, the drafts and the
 * uploaded files. It is public content only, and it reflects the content as of the last build, or of the last
 * visit to the editor's page on the dev server; the build's own check still runs on everything. Written whole
 * under another name first, so the editor never reads half a file.
 */
export async function writeContentContext(
  outDir: string,
  root = contentRoot(),
  publicDir = 'public',
): Promise<void> {
  const context = checkContext(await readCorpus(root), await listPublicFiles(publicDir));
  const file = join(outDir, routes.editorContext.slice(routes.admin.length));
  await mkdir(outDir, { recursive: true });
  await writeFile(`${file}.part`, contextJson(context));
  await rename(`${file}.part`, file);
}

/** A digest of the files a bundle was made of, and of the lockfile (esbuild's own version and Decap's). */
export async function inputsDigest(inputs: readonly string[]): Promise<string | undefined> {
  const hash = createHash('sha256');
  for (const file of [...inputs, 'package-lock.json']) {
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return undefined;
    hash.update(`${file}\n`).update(bytes);
  }
  return hash.digest('hex');
}

/** Where a bundle notes what it was made of: the next build reuses it when none of those files changed. */
const inputsFile = (outDir: string) => `${outDir}.inputs.json`;

/**
 * The files among a bundle's inputs: esbuild also lists the modules it left out, such as `(disabled):fs`, which
 * are no files. Digesting one failed, no digest was noted, and a missing digest matched a missing digest: the
 * bundle was never made again, whatever changed.
 */
export function bundleFiles(inputs: Iterable<string>): string[] {
  return [...inputs].filter((input) => !/^\([\w-]+\):/.test(input)).sort();
}

/** Whether `outDir` holds a bundle made of the files as they are now. */
export async function bundleIsCurrent(outDir: string): Promise<boolean> {
  const noted = await readFile(inputsFile(outDir), 'utf8').catch(() => undefined);
  if (!noted) return false;
  const { inputs, digest } = JSON.parse(noted) as { inputs: string[]; digest?: string };
  return digest !== undefined && digest === (await inputsDigest(inputs));
}

/**
 * Bundles the editor's script and preview stylesheet into an emptied `outDir`, with the content context beside
 * them, unless it holds a bundle of the same files: bundling takes some 15 s, which a rebuild after one edit
 * need not pay. esbuild's service process holds some 400 MB after a bundle this size until it is stopped, so
 * it is stopped here.
 */
export async function bundleAdminAssets(outDir: string): Promise<void> {
  if (!(await bundleIsCurrent(outDir))) {
    await rm(outDir, { recursive: true, force: true });
    await rm(inputsFile(outDir), { force: true });
    try {
      const { metafile } = await build({
        entryPoints: { cms: 'src/cms/browser/decap-app.ts', preview: 'src/cms/preview.css' },
        outdir: outDir,
        bundle: true,
        format: 'esm',
        minify: true,
        target: 'es2022',
        platform: 'browser',
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        loader: { '.wasm': 'file' },
        legalComments: 'linked',
        logLevel: 'warning',
        metafile: true,
      });
      const inputs = bundleFiles(Object.keys(metafile.inputs));
      await writeFile(inputsFile(outDir), JSON.stringify({ inputs, digest: await inputsDigest(inputs) }));
    } finally {
      await stop();
    }
  }
  await writeContentContext(outDir);
}
