/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build keeps its last output, so a key must change whenever anything the page shows
 * changes, and ideally only then. Each key is a digest of the page's view model, the object its template
 * renders: a content entry in it counts by its digest (a hash of its file: fields and body), a
 * translated entry by those of its versions, and a practice note also by the organisations its card names
 * (`PracticeCard` looks them up). Everything else a page shows is code (templates, strings), which Astro hashes
 * itself.
 */
import { createHash, type Hash } from 'node:crypto';
import { getCatalog, pick, type Catalog } from './catalog.ts';

/** A content entry as `astro:content` returns it; `digest` is the content layer's hash of its file. */
interface ContentEntry {
  collection: string;
  id: string;
  data: unknown;
  body?: string | undefined;
  digest?: string | undefined;
}

function isEntry(value: object): value is ContentEntry {
  return 'collection' in value && 'id' in value && 'data' in value && typeof value.collection === 'string';
}

function isTranslated(value: object): value is { slug: string; versions: Map<string, ContentEntry> } {
  return 'slug' in value && 'versions' in value && value.versions instanceof Map;
}

function entryDigest(entry: ContentEntry): string {
  // Entries made in tests carry no digest: their fields and body stand in for it.
  return (
    entry.digest ??
    createHash('sha256')
      .update(JSON.stringify([entry.data, entry.body]))
      .digest('hex')
  );
}

/** Feeds a value into the hash, in a form that tells apart everything a page could show differently. */
function feed(hash: Hash, value: unknown, catalog: Catalog, path: string[]): void {
  if (value === null || value === undefined || typeof value !== 'object') {
    // Functions in a view model (a pager's `pageHref`) are computed from the fields beside them.
    hash.update(typeof value === 'function' ? 'fn;' : `${JSON.stringify(value) ?? 'undefined'};`);
    return;
  }
  if (path.length > 32) throw new Error(`A view model nests too deep for a cache key at ${path.join('.')}`);
  if (value instanceof Date) return void hash.update(`D${value.toISOString()};`);
  if (value instanceof URL) return void hash.update(`U${value.href};`);
  if (isEntry(value)) return void hash.update(`E${value.collection}/${value.id}@${entryDigest(value)};`);
  if (isTranslated(value)) {
    hash.update(`T${value.slug}[`);
    for (const [locale, entry] of value.versions) feed(hash, entry, catalog, [...path, locale]);
    const original = [...value.versions.values()][0];
    if (original?.collection === 'practices') {
      const { organisations } = original.data as { organisations: string[] };
      for (const organisation of pick(catalog.organisations, organisations))
        feed(hash, organisation, catalog, path);
    }
    return void hash.update('];');
  }
  const items: Iterable<[unknown, unknown]> =
    value instanceof Map
      ? value.entries()
      : Array.isArray(value) || value instanceof Set
        ? [...value].entries()
        : Object.entries(value);
  hash.update('{');
  for (const [key, item] of items) {
    hash.update(`${String(key)}:`);
    feed(hash, item, catalog, [...path, String(key)]);
  }
  hash.update('}');
}

/** The cache key of a page that shows `shown` (its view model). */
export function cacheKey(catalog: Catalog, shown: unknown): string {
  const hash = createHash('sha256');
  feed(hash, shown, catalog, []);
  return hash.digest('base64url');
}

/**
 * Adds to each of a route's static paths the key of what its page shows: `view` computes the page's view
 * model from its props, as the template does. Every `getStaticPaths` that Astro may skip goes through here.
 */
export async function withCacheKeys<Props, Path extends { props: Props }>(
  paths: Path[] | Promise<Path[]>,
  view: (props: Path['props']) => unknown,
): Promise<(Path & { cacheKey: string })[]> {
  const catalog = await getCatalog();
  return Promise.all(
    (await paths).map(async (path) => ({
      ...path,
      cacheKey: cacheKey(catalog, await view(path.props)),
    })),
  );
}
