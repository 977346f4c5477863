/**
 * The rules for an entry's fields that do not depend on other files: addresses in upload and web-address fields,
 * direction controls in any text, invisible characters in referenced ids. The validator places each problem
 * at its line; the editor shows it before saving.
 */
import type { z } from 'astro/zod';
import { uploads, webAddresses } from '../schemas/common.ts';
import { findMarked } from '../lib/schema-walk.ts';
import { linkProblem, uploadProblem } from './addresses.ts';
import { uploadedFileProblem, type UploadContext } from './body-check.ts';
import { directionProblems, invisibleCharacters, invisibleInName } from './characters.ts';
import { findReferences } from './references.ts';

export interface FieldProblem {
  /** Where the value sits in the data, such as ["resources", 0, "file"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Every string in the data, with its path. */
function textsIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsIn(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => textsIn(item, [...path, key]));
  return [];
}

/** The problems of an entry's fields, by the marks of its collection's schema. */
export function fieldProblems(schema: z.ZodType, data: unknown, context: UploadContext): FieldProblem[] {
  const files = findMarked(uploads, schema, data).flatMap(({ path, value }) => {
    const message =
      typeof value === 'string' ? (uploadProblem(value) ?? uploadedFileProblem(value, context)) : undefined;
    return message ? [{ path, message }] : [];
  });
  const links = findMarked(webAddresses, schema, data).flatMap(({ path, value }) => {
    const message = typeof value === 'string' ? linkProblem(value) : undefined;
    return message ? [{ path, message }] : [];
  });
  const texts = textsIn(data).flatMap(({ path, text }) =>
    directionProblems(text).map(({ message }) => ({ path, message })),
  );
  const ids = findReferences(schema, data).flatMap(({ path, id }) => {
    const hidden = invisibleInName(id);
    return hidden ? [{ path, message: `"${id.replace(invisibleCharacters, '')}" ${hidden}` }] : [];
  });
  return [...files, ...links, ...texts, ...ids];
}
