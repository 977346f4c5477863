/**
 * The content check's rules for one entry, run before the editor saves it: the same body check (code, raw
 * HTML, addresses, e-mail addresses and phone numbers, direction controls) and field checks (addresses,
 * characters, uploads, references to drafts) as the build, so an editor is told at once instead of by a failed
 * build. What the checks need from the other files comes from the build as a `ContentContext`
 * (`checkContext` in src/validation/content-check.ts), written next to the editor by src/cms/bundle.ts.
 */
import { z } from 'astro/zod';
import { referenceTargets, type ReferenceTarget } from '../schemas/common.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { datasetSchema } from '../schemas/dataset.ts';
import { checkBody } from '../validation/body-check.ts';
import { checkTable } from '../validation/dataset-check.ts';
import type { ContentContext } from '../validation/content-check.ts';
import { fieldProblems } from '../validation/field-check.ts';
import { findDraftReferences } from '../validation/references.ts';
import { escapeMdxText } from './mdx-text.ts';
import type { EntryData } from './frontmatter.ts';

/** The problems of one language version of an entry, each as a line for the editor. */
export function saveProblems(collection: string, data: EntryData, context: ContentContext): string[] {
  const definition = collections[collection as CollectionName] as
    (typeof collections)[CollectionName] | undefined;
  if (!definition) return [];
  const { body, ...fields } = data;
  const inFields = [
    ...fieldProblems(definition.schema, fields, { publicFiles: context.uploads }),
    ...findDraftReferences(definition.schema, fields, context.drafts),
  ].map(({ path, message }) => `${path.join('.')}: ${message}`);
  // The body as it will be written: formatEntry() escapes the braces and angle brackets typed as text.
  const inBody =
    typeof body === 'string'
      ? checkBody(escapeMdxText(body), {
          publicFiles: context.uploads,
          organisationDomains: context.organisationDomains,
          publicPhones: context.publicPhones,
        }).map(({ line, message }) => `text, line ${line}: ${message}`)
      : [];
  return [...inFields, ...inBody];
}

/**
 * The problems of a dataset's table (`tables`: file name to text; the one uploaded with the entry, or else the
 * one in the repository), by the rules of src/validation/dataset-check.ts: minimum cell size, rounding,
 * suppression through totals, no records about people, and groups and stages that the site has. The table is
 * checked against the metadata as it will be saved, so a change of rule or dimensions checks it again.
 */
export function tableSaveProblems(
  collection: string,
  data: EntryData,
  tables: ReadonlyMap<string, string>,
  context: Pick<ContentContext, 'groups' | 'themes'>,
): string[] {
  if (collection !== 'datasets') return [];
  const dataset = datasetSchema.safeParse(data);
  if (!dataset.success) return [];
  const { table } = dataset.data;
  const text = tables.get(table);
  if (text === undefined)
    return [
      `table: ${table} is not uploaded; upload the CSV with "Choose a file", or write the name of the one beside this dataset`,
    ];
  return checkTable(dataset.data, text, context).problems.map(
    ({ line, cell, message }) => `${table}, line ${line}${cell ? `, ${cell}` : ''}: ${message}`,
  );
}

/** The problems of every language version of an entry (Decap keeps translations under `i18n`). */
export function entrySaveProblems(
  collection: string,
  versions: Readonly<Record<string, EntryData | undefined>>,
  context: ContentContext,
  tables: ReadonlyMap<string, string> = new Map(),
): string[] {
  return Object.entries(versions).flatMap(([locale, data]) =>
    data
      ? [
          ...saveProblems(collection, data, context),
          ...tableSaveProblems(collection, data, tables, context),
        ].map((problem) => `${locale.toUpperCase()} ${problem}`)
      : [],
  );
}

/** A context as the editor's JSON file holds it: lists instead of sets, objects instead of maps. */
const contextFile = z.object({
  organisationDomains: z.array(z.string()),
  publicPhones: z.array(z.string()),
  drafts: z.object(
    Object.fromEntries(referenceTargets.map((name) => [name, z.record(z.string(), z.string())])) as Record<
      ReferenceTarget,
      z.ZodRecord<z.ZodString, z.ZodString>
    >,
  ),
  uploads: z.array(z.string()),
  groups: z.array(z.string()),
  themes: z.array(z.string()),
});

/** A context as JSON, in a stable order, for the editor's file. */
export function contextJson(context: ContentContext): string {
  const sorted = (values: Iterable<string>) => [...values].sort();
  const file: z.infer<typeof contextFile> = {
    organisationDomains: sorted(context.organisationDomains),
    publicPhones: sorted(context.publicPhones),
    drafts: Object.fromEntries(
      referenceTargets.map((name) => [
        name,
        Object.fromEntries([...context.drafts[name]].sort(([a], [b]) => a.localeCompare(b))),
      ]),
    ) as z.infer<typeof contextFile>['drafts'],
    uploads: sorted(context.uploads),
    groups: sorted(context.groups),
    themes: sorted(context.themes),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The context from the editor's JSON file; throws if the file does not hold one. */
export function readContext(json: unknown): ContentContext {
  const file = contextFile.parse(json);
  return {
    organisationDomains: new Set(file.organisationDomains),
    publicPhones: new Set(file.publicPhones),
    drafts: Object.fromEntries(
      referenceTargets.map((name) => [name, new Map(Object.entries(file.drafts[name]))]),
    ) as Record<ReferenceTarget, Map<string, string>>,
    uploads: new Set(file.uploads),
    groups: new Set(file.groups),
    themes: new Set(file.themes),
  };
}
