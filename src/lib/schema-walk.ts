/** Walks a zod schema beside the data it describes, to find fields by what the schema says they are. */
import { z } from 'astro/zod';
import { languageNeutral, references } from '../schemas/common.ts';

type Path = (string | number)[];

/** The schema inside one optional, default, nullable or preprocess wrapper; the schema itself if none. */
export function unwrapOnce(schema: unknown): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable)
    return schema.unwrap();
  if (schema instanceof z.ZodPipe) return schema.in instanceof z.ZodTransform ? schema.out : schema.in;
  return schema;
}

/** The schema and each schema inside its wrappers, outermost first. */
export function wrapperChain(schema: unknown): unknown[] {
  const chain = [schema];
  for (let inner = unwrapOnce(schema); inner !== chain.at(-1); inner = unwrapOnce(inner)) chain.push(inner);
  return chain;
}

/** The schema inside optional, default, nullable and preprocess wrappers. */
export function unwrapSchema(schema: unknown): unknown {
  return wrapperChain(schema).at(-1);
}

export interface MarkedValue<Meta> {
  /** Where the value sits in the data, such as ["outputs", 0, "practice"]. */
  readonly path: readonly (string | number)[];
  readonly meta: Meta;
  readonly value: unknown;
}

/** Every value in `data` whose schema is registered in `registry`, with the registry's metadata. */
export function findMarked<Meta>(
  registry: { get(schema: z.ZodType): Meta | undefined },
  schema: unknown,
  data: unknown,
  path: Path = [],
): MarkedValue<Meta>[] {
  const meta = schema instanceof z.ZodType ? registry.get(schema) : undefined;
  if (meta) return data === undefined ? [] : [{ path, meta, value: data }];
  if (data === undefined || data === null) return [];
  const inner = unwrapSchema(schema);
  if (inner !== schema) return findMarked(registry, inner, data, path);
  if (inner instanceof z.ZodObject && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    return Object.entries(inner.shape as Record<string, unknown>).flatMap(([key, field]) =>
      findMarked(registry, field, record[key], [...path, key]),
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    return data.flatMap((item, index) => findMarked(registry, inner.element, item, [...path, index]));
  }
  return [];
}

/** The field names an object schema allows at `path`, to suggest the right spelling of a wrong one. */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let current = unwrapSchema(schema);
  for (const step of path) {
    if (current instanceof z.ZodObject)
      current = unwrapSchema((current.shape as Record<string, unknown>)[String(step)]);
    else if (current instanceof z.ZodArray) current = unwrapSchema(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape as object) : [];
}

/**
 * The top-level fields of an entry schema that mean the same in every language: those whose every value is
 * a reference, an enum choice or a value marked language-neutral (dates, countries, time zones).
 */
export function languageNeutralFields(schema: unknown): string[] {
  const inner = unwrapSchema(schema);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, unknown>)
    .filter(([, field]) => isLanguageNeutral(field))
    .map(([name]) => name);
}

function isLanguageNeutral(schema: unknown): boolean {
  if (schema instanceof z.ZodType && (languageNeutral.has(schema) || references.has(schema))) return true;
  // One wrapper at a time: the mark may sit on a wrapper, such as a preprocessed date.
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable)
    return isLanguageNeutral(schema.unwrap());
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodEnum) return true;
  if (inner instanceof z.ZodArray) return isLanguageNeutral(inner.element);
  if (inner instanceof z.ZodObject) return Object.values(inner.shape as object).every(isLanguageNeutral);
  return false;
}
