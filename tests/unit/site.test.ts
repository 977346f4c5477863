import { describe, expect, it } from 'vitest';
import { missingSiteUrl, siteUrl } from '../../src/core/site.ts';

describe('the site’s origin', () => {
  it('is SITE_URL when set, and localhost with a warning when not', () => {
    expect(siteUrl({ SITE_URL: 'https://practice.example.org' })).toBe('https://practice.example.org');
    expect(missingSiteUrl({ SITE_URL: 'https://practice.example.org' })).toBeUndefined();
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(missingSiteUrl({})).toMatch(/^SITE_URL is not set: .* point at http:\/\/localhost:4321\./);
    expect(siteUrl({ SITE_URL: '' })).toBe('http://localhost:4321');
    expect(missingSiteUrl({ SITE_URL: '' })).toBeDefined();
  });
});
