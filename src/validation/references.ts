/** Finds every reference in an entry through the schema's marks, so no list of reference fields is kept. */
import type { z } from 'astro/zod';
import { references, type ReferenceTarget } from '../schemas/common.ts';
import { findMarked } from '../lib/schema-walk.ts';

export interface FoundReference {
  /** Where the id sits in the entry, such as ["outputs", 0, "practice"]. */
  readonly path: readonly (string | number)[];
  readonly collection: ReferenceTarget;
  readonly id: string;
}

/** Every reference in `data`, with the collection it must exist in. */
export function findReferences(schema: z.ZodType, data: unknown): FoundReference[] {
  return findMarked(references, schema, data).flatMap(({ path, meta, value }) =>
    typeof value === 'string' ? [{ path, collection: meta.collection, id: value }] : [],
  );
}

export interface BrokenReference extends FoundReference {
  readonly message: string;
}

/** The references in `data` whose id is not among the existing ids of their collection. */
export function findBrokenReferences(
  schema: z.ZodType,
  data: unknown,
  existing: Readonly<Record<ReferenceTarget, ReadonlySet<string>>>,
): BrokenReference[] {
  return findReferences(schema, data)
    .filter((found) => !existing[found.collection].has(found.id))
    .map((found) => ({
      ...found,
      message: `"${found.id}" is not in ${found.collection}; check the spelling, or add it to ${found.collection} first`,
    }));
}

/**
 * The references in a published entry that point at a draft: an entry whose every language version has
 * `draft: true`, so no page of it is built and a link to it would lead nowhere. Drafts may point at drafts.
 * `drafts` gives, per collection, each draft's id and the file it is in, so that both files can be named.
 */
export function findDraftReferences(
  schema: z.ZodType,
  data: unknown,
  drafts: Readonly<Record<ReferenceTarget, ReadonlyMap<string, string>>>,
): BrokenReference[] {
  if ((data as { draft?: unknown } | null)?.draft === true) return [];
  return findReferences(schema, data).flatMap((found) => {
    const file = drafts[found.collection].get(found.id);
    return file === undefined
      ? []
      : [
          {
            ...found,
            message: `"${found.id}" is a draft (${file}), so it has no page yet and the link would lead nowhere; publish it first, or remove it here until it is`,
          },
        ];
  });
}
