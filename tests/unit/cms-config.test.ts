// The editor's configuration is generated from the schemas: every schema field has an editor field and every
// editor field is a schema field, with the widgets, relations and i18n flags the schemas imply.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  editorConfig,
  enumOptions,
  fieldLabel,
  type EditorCollection,
  type EditorField,
} from '../../src/cms/config.ts';
import { fieldDocsOf, readFieldDocs } from '../../src/cms/field-docs.ts';
import { languageNeutralFields, unwrapSchema } from '../../src/lib/schema-walk.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';

const config = editorConfig({
  docs: readFieldDocs(),
  backend: { name: 'github', repo: 'owner/site', branch: 'main' },
});
const collection = (name: CollectionName): EditorCollection =>
  config.collections.find((c) => c.name === name)!;

/** Dotted paths of every field a schema defines, lists and objects included ("resources.title"). */
function schemaPaths(schema: unknown, prefix = ''): string[] {
  const inner = unwrapSchema(schema);
  const object = inner instanceof z.ZodArray ? unwrapSchema(inner.element) : inner;
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as Record<string, unknown>).flatMap(([name, field]) => [
    `${prefix}${name}`,
    ...schemaPaths(field, `${prefix}${name}.`),
  ]);
}

/** Dotted paths of every editor field with fields of its own (objects, lists of objects). */
function editorPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...editorPaths(field.fields ?? [], `${prefix}${field.name}.`),
  ]);
}

/** Schema fields the editor lacks, and editor fields the schema does not know (the body is the MDX itself). */
function mismatch(schema: unknown, fields: readonly EditorField[]) {
  const fromSchema = schemaPaths(schema);
  const inEditor = editorPaths(fields).filter((path) => path !== 'body');
  return {
    missing: fromSchema.filter((path) => !inEditor.includes(path)),
    unknown: inEditor.filter((path) => !fromSchema.includes(path)),
  };
}

describe('editor configuration', () => {
  for (const name of Object.keys(collections) as CollectionName[]) {
    it(`edits every field of ${name}, and only those`, () => {
      expect(mismatch(collections[name].schema, collection(name).fields)).toEqual({
        missing: [],
        unknown: [],
      });
    });
  }

  it('reports a schema field left out of the editor and an editor field the schema lacks', () => {
    const fields = collection('practices').fields.filter((field) => field.name !== 'summary');
    const bogus = { name: 'sumary', label: 'Sumary', widget: 'string' };
    expect(mismatch(collections.practices.schema, [...fields, bogus])).toEqual({
      missing: ['summary'],
      unknown: ['sumary'],
    });
  });

  it('stores references as ids through relation widgets', () => {
    const themes = collection('practices').fields.find((field) => field.name === 'themes')!;
    expect(themes).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      value_field: '{{slug}}',
      multiple: true,
      required: true,
      min: 1,
    });
    const coordinator = collection('networks').fields.find((field) => field.name === 'coordinator')!;
    expect(coordinator).toMatchObject({ widget: 'relation', collection: 'organisations', multiple: false });
  });

  it('marks language-neutral fields duplicate and the rest translatable', () => {
    const practices = collection('practices');
    const neutral = new Set(languageNeutralFields(collections.practices.schema));
    for (const field of practices.fields) {
      if (!neutral.has(field.name)) expect(field.i18n, field.name).toBe(true);
      else if (field.widget === 'object')
        expect(field.fields!.every((inner) => inner.i18n === 'duplicate')).toBe(true);
      else expect(field.i18n, field.name).toBe('duplicate');
    }
    expect(practices.fields.find((field) => field.name === 'published')?.i18n).toBe('duplicate');
    expect(practices.fields.find((field) => field.name === 'title')?.i18n).toBe(true);
  });

  it('lays out entries in language folders and data as YAML, with lower-case ASCII slugs', () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['en', 'fr', 'es', 'ar', 'hr'],
      default_locale: 'en',
    });
    expect(collection('practices')).toMatchObject({
      folder: 'content/practices',
      extension: 'mdx',
      i18n: true,
    });
    expect(collection('themes')).toMatchObject({ folder: 'content/taxonomies/themes', extension: 'yaml' });
    expect(collection('themes').i18n).toBeUndefined();
    // A data file's name is in every language: the English one names the entry and makes its slug.
    expect(collection('datasets')).toMatchObject({ identifier_field: 'title.en', summary: '{{title.en}}' });
    expect(collection('organisations').identifier_field).toBe('name.en');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config).toMatchObject({
      media_folder: 'public/uploads',
      public_folder: '/uploads',
      publish_mode: 'editorial_workflow',
    });
  });

  it('takes hints from the schemas’ doc comments, and widgets, options and defaults from their types', () => {
    const practices = collection('practices').fields;
    expect(practices.find((field) => field.name === 'summary')).toMatchObject({
      widget: 'text',
      hint: 'One or two plain sentences, shown on cards, in search results and by search engines.',
    });
    expect(practices.find((field) => field.name === 'published')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
    });
    expect(practices.find((field) => field.name === 'draft')).toMatchObject({
      widget: 'boolean',
      default: false,
      required: false,
    });
    const type = practices.find((field) => field.name === 'type')!;
    expect(type.options).toContainEqual({ label: 'Referral pathway', value: 'referral-pathway' });
    const resource = practices.find((field) => field.name === 'resources')!;
    expect(resource.fields!.find((field) => field.name === 'title')).toMatchObject({
      required: true,
      hint: 'A title that says what the reader gets, such as "Screening checklist".',
    });
    expect(resource.fields!.find((field) => field.name === 'file')).toMatchObject({ widget: 'file' });
    const countries = practices.find((field) => field.name === 'countries')!;
    expect(countries.options).toContainEqual({ label: 'Croatia (HR)', value: 'HR' });
    expect(countries.options).toContainEqual({ label: 'Europe (150)', value: '150' });
  });

  it('checks typed forms in the editor with the schemas’ own expressions, so a value the build refuses is not saved', () => {
    const practices = collection('practices').fields;
    const nested = (parent: string, name: string) =>
      practices.find((field) => field.name === parent)!.fields!.find((field) => field.name === name)!;
    const accepts = (field: EditorField, value: string) => new RegExp(field.pattern![0]).test(value);
    const period = nested('period', 'start');
    expect([accepts(period, '2014-09'), accepts(period, '2014'), accepts(period, 'Sept 2014')]).toEqual([
      true,
      true,
      false,
    ]);
    const email = nested('contact', 'email');
    expect([accepts(email, 'team@redcross.org'), accepts(email, 'jane.doe at gmail')]).toEqual([true, false]);
    const start = collection('events').fields.find((field) => field.name === 'start')!;
    expect([accepts(start, '2016-09-07T09:30'), accepts(start, '7 Sept 2016')]).toEqual([true, false]);
    expect(practices.find((field) => field.name === 'body')?.editor_components).toEqual([
      'KeyPoint',
      'Figure',
      'DatasetChart',
      'Steps',
    ]);
  });

  it('does not demand the fields of an optional object', () => {
    const evidence = collection('practices').fields.find((field) => field.name === 'evidence')!;
    expect(evidence.required).toBe(false);
    expect(evidence.fields!.map((field) => field.required)).toEqual([false, false]);
  });

  it('names fields in plain words and options in the site’s words', () => {
    expect(fieldLabel('reviewBy')).toBe('Review by');
    expect(fieldLabel('contentWarning')).toBe('Content warning');
    expect(fieldLabel('fr')).toBe('Français');
    expect(enumOptions(['in-person', 'online', 'hybrid'])[0]).toEqual({
      label: 'In person',
      value: 'in-person',
    });
    expect(enumOptions(['unknown-value'])).toEqual([{ label: 'unknown-value', value: 'unknown-value' }]);
  });
});

describe('field doc comments', () => {
  it('reads the comment above each field, nested objects included', () => {
    const docs = fieldDocsOf(`
      export const thing = z.strictObject({
        /** Its name. */
        name: text,
        where: z.strictObject({
          /** The city,
           * on two lines. */
          city: text,
        }),
        undocumented: text,
      });`);
    expect([...docs]).toEqual([
      ['thing.name', 'Its name.'],
      ['thing.where.city', 'The city, on two lines.'],
    ]);
  });
});
