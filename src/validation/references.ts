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
