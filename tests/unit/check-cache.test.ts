// The content check's cache: unchanged files are not checked again, references are still checked across all.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCheckCache } from '../../src/validation/check-cache.ts';
import { checkContent, type Problem } from '../../src/validation/content-check.ts';
import { readCorpus } from '../../src/validation/content-files.ts';

const corpus = 'tests/fixtures/catalog';
const options = { publicFiles: new Set<string>() };

/** A cache file in a new temporary folder. */
const cacheFile = async () => join(await mkdtemp(join(tmpdir(), 'px-check-cache-')), 'content-check.json');

describe('the content check with a cache', () => {
  it('takes an unchanged file’s results from the cache instead of checking it again', async () => {
    const sources = await readCorpus(corpus);
    const file = await cacheFile();
    const first = await openCheckCache(file);
    expect(checkContent(sources, options, first.cache)).toEqual(checkContent(sources, options));
    await first.save();

    // Plant a result for one entry (tables are checked on every run): only a run that reads the cache instead of
    // checking the entry reports it.
    const entry = sources.find((source) => !source.path.endsWith('.csv'))!;
    const second = await openCheckCache(file);
    const planted: Problem = {
      file: entry.path,
      line: 1,
      column: 1,
      field: '',
      message: 'from the cache',
    };
    const key = `file:${second.cache.digest(entry.path, entry.text)}`;
    const kept = second.cache.previous.get(key) as { problems: Problem[] };
    (second.cache.previous as Map<string, unknown>).set(key, { ...kept, problems: [planted] });
    expect(checkContent(sources, options, second.cache)).toContainEqual(planted);
    expect(second.cache.next.size).toBe(first.cache.next.size);

    const fresh = await openCheckCache(file, true);
    expect(fresh.cache.previous.size).toBe(0);
  });

  it('still checks references across the corpus: a deleted organisation breaks an unchanged note', async () => {
    const sources = await readCorpus(corpus);
    const { cache, save } = await openCheckCache(await cacheFile());
    checkContent(sources, options, cache);
    await save();
    const without = sources.filter((source) => source.path !== 'organisations/example-red-cross.yaml');
    const warm = { ...cache, previous: cache.next, next: new Map<string, unknown>() };
    const problems = checkContent(without, options, warm);
    expect(problems).toEqual(checkContent(without, options));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'practices/en/example-referral-pathway.mdx',
        field: 'organisations.0',
      }),
    );
  });
});
