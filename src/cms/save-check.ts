/**
 * The content check's rules that need no other file, run on an entry before the editor saves it: the same
 * body check (code, raw HTML, addresses, direction controls) and field checks (addresses, characters) as the
 * build, so an editor is told at once instead of by a failed build. Organisations' domains, uploads' existence
 * and references are left to the build, which knows the other files.
 */
import { collections, type CollectionName } from '../schemas/index.ts';
import { checkBody } from '../validation/body-check.ts';
import { fieldProblems } from '../validation/field-check.ts';
import { escapeMdxText } from './mdx-text.ts';
import type { EntryData } from './frontmatter.ts';

/** The problems of one language version of an entry, each as a line for the editor. */
export function saveProblems(collection: string, data: EntryData): string[] {
  const definition = collections[collection as CollectionName] as
    (typeof collections)[CollectionName] | undefined;
  if (!definition) return [];
  const { body, ...fields } = data;
  const inFields = fieldProblems(definition.schema, fields, {}).map(
    ({ path, message }) => `${path.join('.')}: ${message}`,
  );
  // The body as it will be written: formatEntry() escapes the braces and angle brackets typed as text.
  const inBody =
    typeof body === 'string'
      ? checkBody(escapeMdxText(body), {}).map(({ line, message }) => `text, line ${line}: ${message}`)
      : [];
  return [...inFields, ...inBody];
}

/** The problems of every language version of an entry (Decap keeps translations under `i18n`). */
export function entrySaveProblems(
  collection: string,
  versions: Readonly<Record<string, EntryData | undefined>>,
): string[] {
  return Object.entries(versions).flatMap(([locale, data]) =>
    data ? saveProblems(collection, data).map((problem) => `${locale.toUpperCase()} ${problem}`) : [],
  );
}
