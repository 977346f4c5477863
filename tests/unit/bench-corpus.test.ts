import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/validation/content-check.ts';
import { readCorpus } from '../../src/validation/content-files.ts';

const themes = ['identification', 'referral', 'training'];
const groups = ['children', 'domestic-workers'];

describe('generateCorpus', () => {
  it('writes the same files for the same seed, and others for another', () => {
    const once = generateCorpus({ entries: 30, themes, groups, seed: 7 });
    expect(generateCorpus({ entries: 30, themes, groups, seed: 7 })).toEqual(once);
    expect(generateCorpus({ entries: 30, themes, groups, seed: 8 })).not.toEqual(once);
  });

  it('writes N practices and a tenth as many events, networks and organisations', () => {
    const files = generateCorpus({ entries: 50, themes, groups });
    const slugs = (folder: string) =>
      new Set(files.filter((file) => file.path.startsWith(folder)).map((file) => file.path.split('/').pop()));
    expect(slugs('practices/').size).toBe(50);
    expect(slugs('events/').size).toBe(5);
    expect(slugs('networks/').size).toBe(5);
    expect(slugs('organisations/').size).toBe(5);
    const languages = new Set(files.map((file) => file.path.split('/')[1]));
    expect([...languages]).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'ar', 'hr']));
  });

  it('gives practices bodies of 400 words or more, and not far beyond 900', () => {
    for (const file of generateCorpus({ entries: 20, themes, groups }).filter((f) =>
      f.path.startsWith('practices/'),
    )) {
      const body = file.text.split('\n---\n')[1] ?? '';
      const words = body.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThan(1000);
    }
  });

  it('passes the content validator with the real taxonomies and pages', async () => {
    const real = (await readCorpus('content')).filter(
      (file) => file.path.startsWith('taxonomies/') || file.path.startsWith('pages/'),
    );
    const taxonomy = (folder: string) =>
      real
        .filter((file) => file.path.startsWith(folder))
        .map((file) => file.path.slice(folder.length, -'.yaml'.length));
    const generated = generateCorpus({
      entries: 40,
      themes: taxonomy('taxonomies/themes/'),
      groups: taxonomy('taxonomies/groups/'),
    });
    expect(checkContent([...real, ...generated], { publicFiles: new Set() })).toEqual([]);
  });
});
