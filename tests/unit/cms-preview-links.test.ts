// The editor's links to the site (docs/deploy.md): with SITE_URL set, Decap's "View Live" button after Publish, and a
// host's deploy preview before it, lead to the entry's own page, not to the home page.
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../../src/cms/config.ts';
import { readFieldDocs } from '../../src/cms/field-docs.ts';

const config = editorConfig({
  docs: readFieldDocs(),
  backend: { name: 'github', repo: 'owner/site', branch: 'main' },
  siteUrl: 'https://practice-exchange.example.org',
});
/** The address Decap makes for an entry: site_url, a slash, then preview_path with the entry's slug. */
const liveLink = (collection: string, slug: string) => {
  const path = config.collections.find(({ name }) => name === collection)?.preview_path ?? '';
  return `${config.site_url}/${path.replaceAll('{{slug}}', slug)}`;
};

describe('preview links', () => {
  it('lead to each entry’s English page on the site', () => {
    expect(liveLink('practices', 'survivor-peer-support')).toBe(
      'https://practice-exchange.example.org/practices/survivor-peer-support/',
    );
    expect(liveLink('organisations', 'british-red-cross')).toBe(
      'https://practice-exchange.example.org/organisations/british-red-cross/',
    );
    expect(liveLink('themes', 'referral')).toBe('https://practice-exchange.example.org/themes/referral/');
    expect(liveLink('pages', 'about')).toBe('https://practice-exchange.example.org/about/');
    expect(liveLink('datasets', 'nrm-referrals-uk')).toBe(
      'https://practice-exchange.example.org/data/nrm-referrals-uk/',
    );
  });

  it('exist for every collection whose entries have a page, and search terms have none', () => {
    const without = config.collections.filter(({ preview_path }) => !preview_path?.includes('{{slug}}'));
    expect(without.map(({ name }) => name)).toEqual(['searchTerms']);
  });
});
