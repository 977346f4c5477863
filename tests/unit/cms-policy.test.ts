// The editor's page and policy: noindex, only its own script, and the same policy as public/_headers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminPage, backendFromEnv } from '../../src/cms/bundle.ts';
import { adminPolicy } from '../../src/cms/policy.ts';

describe('editor page', () => {
  const github = backendFromEnv({});

  it('is noindex, carries its policy and loads only its own script', () => {
    const page = adminPage(github);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain(`content="${adminPolicy(github)}"`);
    expect([...page.matchAll(/src="([^"]+)"/g)].map((match) => match[1])).toEqual(['cms.js']);
  });

  it('has the policy public/_headers gives /admin/, plus the framing rule a <meta> cannot carry', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${adminPolicy(github)}; frame-ancestors 'none'`);
  });

  it('allows the Git host’s API and nothing else from another origin', () => {
    const forgejo = backendFromEnv({
      CMS_BACKEND: 'forgejo',
      CMS_API_ROOT: 'https://git.example.org/api/v1',
    });
    expect(adminPolicy(forgejo)).toContain("connect-src 'self' blob: https://git.example.org;");
    expect(adminPolicy(github)).toContain("connect-src 'self' blob: https://api.github.com;");
  });

  it('explains a backend it does not know and a Gitea server without its API', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(/use one of github, gitea, forgejo/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea' })).toThrow(/needs CMS_API_ROOT/);
  });
});
