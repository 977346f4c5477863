/** Finds every reference in an entry by walking its schema beside its data, so no list of reference fields is kept. */
import { z } from 'astro/zod';
import { references, type ReferenceTarget } from '../schemas/common.ts';

export interface FoundReference {
  /** Where the id sits in the entry, such as ["outputs", 0, "practice"]. */
  readonly path: readonly (string | number)[];
  readonly collection: ReferenceTarget;
  readonly id: string;
}

/** Every reference in `data` (already parsed by `schema`), with the collection it must exist in. */
export function findReferences(
  schema: z.ZodType,
  data: unknown,
  path: (string | number)[] = [],
): FoundReference[] {
  const target = references.get(schema);
  if (target) return typeof data === 'string' ? [{ path, collection: target.collection, id: data }] : [];
  if (data === undefined || data === null) return [];
  if (schema instanceof z.ZodObject && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      findReferences(field, record[key], [...path, key]),
    );
  }
  if (schema instanceof z.ZodArray && Array.isArray(data)) {
    const element = schema.element as z.ZodType;
    return data.flatMap((item, index) => findReferences(element, item, [...path, index]));
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return findReferences(schema.unwrap() as z.ZodType, data, path);
  }
  if (schema instanceof z.ZodPipe) {
    const inner = (schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType;
    return findReferences(inner, data, path);
  }
  return [];
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
