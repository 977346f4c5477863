/**
 * The editor at /admin/, outside Astro's pages (and so outside their strict CSP, the sitemap and the search
 * index): `astro build` bundles it before rendering and copies it into dist/admin/; the dev server builds it
 * once into a cache folder, serves it at /admin/ and passes /admin/api/v1 on to decap-server (npm run cms), so
 * the editor talks to one origin.
 */
import { routes } from '../core/routes.ts';
import { execFileSync } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backendFromEnv, bundleAdminAssets, writeAdminPage, writeContentContext } from '../cms/bundle.ts';
import { decapServerPort } from '../cms/local-server.ts';
import { siteUrl } from '../core/site.ts';

/** The branch decap-server commits to: the one checked out where it runs, unless CMS_BRANCH names one. */
function localBranch(env: Record<string, string | undefined> = process.env): string {
  if (env['CMS_BRANCH']) return env['CMS_BRANCH'];
  const cwd = env['GIT_REPO_DIRECTORY'] ?? process.cwd();
  return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
}

/** Passes an editor's API request on to decap-server, which answers at /api/v1 on its own port. */
function passToDecapServer(request: IncomingMessage, response: ServerResponse): void {
  const forward = httpRequest(
    {
      host: '127.0.0.1',
      port: decapServerPort(),
      path: '/api/v1',
      method: request.method,
      headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  forward.on('error', () => {
    response.writeHead(502, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: 'decap-server is not running; start the editor with npm run cms' }));
  });
  request.pipe(forward);
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function adminEditor(): AstroIntegration {
  const cache = join('node_modules', '.cache', 'practice-exchange-admin');
  const built = join(cache, 'build');
  let assets: Promise<void> | undefined;
  return {
    name: 'practice-exchange:admin',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (path === routes.editorApi) return passToDecapServer(request, response);
          if (!path.startsWith(routes.admin)) return next();
          const file = normalize(path.slice(routes.admin.length) || 'index.html');
          if (file.startsWith('..')) return next();
          assets ??= bundleAdminAssets(cache).then(() => logger.info(`editor bundled into ${cache}`));
          void (async () => {
            try {
              await assets;
              // The page and configuration are rewritten on every visit, for the branch checked out now, and the
              // content context for the content as it is now.
              if (file === 'index.html') {
                await writeAdminPage(cache, backendFromEnv({ ...process.env, CMS_BRANCH: localBranch() }));
                await writeContentContext(cache);
              }
              const body = await readFile(join(cache, file));
              response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
              response.setHeader('Cache-Control', 'no-store');
              response.end(body);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOENT') return next();
              next(error);
            }
          })();
        });
      },
      // Bundled before the pages are rendered, not after: esbuild's memory then does not add to the build's
      // peak, which comes at the end of rendering and grows with the number of entries.
      'astro:build:start': async ({ logger }) => {
        await bundleAdminAssets(built);
        logger.info(`editor bundled into ${built}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        await cp(built, out, { recursive: true });
        await writeAdminPage(out, backendFromEnv(), siteUrl());
        logger.info(`editor written to ${out}`);
      },
    },
  };
}
