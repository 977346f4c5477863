import { describe, expect, test, vi } from 'vitest';
import { getCatalog, type Catalog } from '../../../src/data/catalog.ts';
import { cacheKey, withCacheKeys } from '../../../src/data/page-keys.ts';
import { practicePage } from '../../../src/data/practice-page.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

const slug = 'example-referral-pathway';

/** The catalog with one organisation's English name changed, as after an editor renamed it. */
function renamed(catalog: Catalog, id: string, name: string): Catalog {
  const organisation = catalog.organisations.get(id)!;
  const data = { ...organisation.data, name: { ...organisation.data.name, en: name } };
  return { ...catalog, organisations: new Map([...catalog.organisations, [id, { ...organisation, data }]]) };
}

describe('cacheKey', () => {
  test('is the same for the same page and changes with what the page shows', async () => {
    const catalog = await getCatalog();
    const practice = catalog.practices.get(slug)!;
    const key = cacheKey(catalog, practicePage(catalog, practice, 'en', '2027-01-01'));
    expect(cacheKey(catalog, practicePage(catalog, practice, 'en', '2027-01-01'))).toBe(key);
    // The review date passes: the page says so.
    expect(cacheKey(catalog, practicePage(catalog, practice, 'en', '2028-01-01'))).not.toBe(key);
    expect(cacheKey(catalog, practicePage(catalog, practice, 'fr', '2027-01-01'))).not.toBe(key);
  });

  test('counts an entry by its digest, and a practice note also by the organisations its card names', async () => {
    const catalog = await getCatalog();
    const practice = catalog.practices.get(slug)!;
    const entry = practice.versions.get('en')!;
    const digested = { ...entry, digest: 'one' };
    expect(cacheKey(catalog, { ...digested, body: 'changed' })).toBe(cacheKey(catalog, digested));
    expect(cacheKey(catalog, { ...digested, digest: 'two' })).not.toBe(cacheKey(catalog, digested));
    // Without a digest, the fields and body stand in for it.
    expect(cacheKey(catalog, { ...entry, body: 'changed' })).not.toBe(cacheKey(catalog, entry));
    const [organisation] = entry.data.organisations;
    expect(cacheKey(renamed(catalog, organisation!, 'Renamed'), [practice])).not.toBe(
      cacheKey(catalog, [practice]),
    );
  });

  test('tells apart values that would print alike', async () => {
    const catalog = await getCatalog();
    const pairs: [unknown, unknown][] = [
      [{ count: 1 }, { count: '1' }],
      [new Map([['2024', 1]]), new Map([['2024', 2]])],
      [new Set(['a', 'b']), new Set(['b', 'a'])],
      [new Date('2026-01-01'), new Date('2026-01-02')],
      [[undefined], [null]],
    ];
    for (const [one, other] of pairs) expect(cacheKey(catalog, one)).not.toBe(cacheKey(catalog, other));
  });
});

describe('withCacheKeys', () => {
  test('keys each path by the view model computed from its props', async () => {
    const paths = [
      { params: { id: 'a' }, props: { title: 'A' } },
      { params: { id: 'b' }, props: { title: 'B' } },
    ];
    const keyed = await withCacheKeys(paths, (props) => ({ heading: props.title }));
    expect(keyed.map((path) => path.params.id)).toEqual(['a', 'b']);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
    const again = await withCacheKeys(paths, async (props) => Promise.resolve({ heading: props.title }));
    expect(again.map((path) => path.cacheKey)).toEqual(keyed.map((path) => path.cacheKey));
  });
});
