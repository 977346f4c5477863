// public/_headers is what static hosts apply; these are the headers every response must carry.
import { describe, expect, it } from 'vitest';
import { siteHeaders as headers } from '../site-headers.ts';

describe('public/_headers', () => {
  const all = headers.get('/*')!;

  it('forbids framing, referrers, sniffing and powerful features on every file', () => {
    expect(all.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(all.get('referrer-policy')).toBe('no-referrer');
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('gives search its worker a policy of its own: this origin only, WebAssembly and nothing else', () => {
    const worker = headers.get('/:bundle/pagefind-worker.js')!.get('content-security-policy')!;
    expect(worker.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "connect-src 'self'",
    ]);
  });

  it('gives the offline worker a policy of its own: this origin only, no script, checked on every visit', () => {
    const worker = headers.get('/sw.js')!;
    expect(worker.get('content-security-policy')!.split('; ')).toEqual([
      "default-src 'none'",
      "connect-src 'self'",
    ]);
    expect(worker.get('cache-control')).toBe('no-cache');
    expect(headers.get('/:bundle/pagefind-entry.json')!.get('cache-control')).toBe('no-cache');
  });

  it('gives the editor its own policy, kept to /admin/ and out of search engines', () => {
    const admin = headers.get('/admin/*')!;
    expect(admin.get('content-security-policy')).toContain("'unsafe-eval'");
    expect(all.get('content-security-policy')).not.toContain('unsafe');
    expect(admin.get('x-robots-tag')).toContain('noindex');
  });
});
