/**
 * The editor's Content-Security-Policy. Decap CMS compiles its configuration schema with `eval` and styles
 * itself with inline <style> (decap-cms #2138), so it cannot live under the public pages' strict policy; this
 * one holds on /admin/ only, allows nothing from another origin but the Git host's API, and is written into
 * the editor's page (a <meta>) and, for the default GitHub backend, into public/_headers.
 */
import type { GitBackend } from './config.ts';

/** The origin of the Git host's API that the editor calls from the browser. */
export function gitApiOrigin(backend: GitBackend): string {
  if (backend.name === 'github') return 'https://api.github.com';
  return new URL(backend.api_root ?? backend.base_url ?? 'https://invalid.example').origin;
}

/** The policy's directives, without frame-ancestors (a <meta> policy cannot carry it; the header adds it). */
export function adminPolicy(backend: GitBackend): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // blob: the editor keeps unsaved uploads (a dataset's CSV) in the browser and reads them back from there.
    `connect-src 'self' blob: ${gitApiOrigin(backend)}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
