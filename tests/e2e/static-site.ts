// A static server for a copy of dist/ with the headers of public/_headers, for the offline test: it can rewrite
// files (a republish) and drop every connection (the network gone, for the service worker too).
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { siteHeaders } from '../site-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

/** The headers public/_headers gives a path: every rule whose pattern matches (":name" is one segment). */
function headersFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [pattern, rules] of siteHeaders) {
    const regex = new RegExp(
      `^${pattern.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`,
    );
    if (regex.test(path)) for (const [name, value] of rules) headers[name] = value;
  }
  return headers;
}

export interface StaticSite {
  root: string;
  origin: string;
  /** Whether every connection is dropped, as when the network is gone. */
  offline: boolean;
  close(): Promise<void>;
}

/** Copies dist/ and serves the copy on a port the system picks, on 127.0.0.1. */
export async function serveCopy(dist = 'dist'): Promise<StaticSite> {
  const root = await mkdtemp(join(tmpdir(), 'px-offline-'));
  await cp(dist, root, { recursive: true });
  const site = { root, origin: '', offline: false } as StaticSite;
  const server: Server = createServer(async (request, response) => {
    if (site.offline) {
      request.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...headersFor(path),
      });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': types['.html']!, ...headersFor(path) });
      response.end(await readFile(join(root, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  };
  return site;
}
