// What the editor says when it refuses a field is derived from the field's schema: what to type, with an example
// taken from the schema, in the editor's language; every field of every collection's form has such a message.
import { describe, expect, it } from 'vitest';
import { editorConfig, type EditorField } from '../../src/cms/config.ts';
import { readFieldDocs } from '../../src/cms/field-docs.ts';
import { refusalMessage, refusalOf } from '../../src/cms/field-messages.ts';
import { locales } from '../../src/core/locales.ts';
import { fr } from '../../src/i18n/fr.ts';
import { editor, type FieldPattern } from '../../src/schemas/common.ts';
import { collections } from '../../src/schemas/index.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { networkSchema } from '../../src/schemas/network.ts';
import { datasetSchema, suppression } from '../../src/schemas/dataset.ts';
import { unwrapSchema } from '../../src/lib/schema-walk.ts';
import type { z } from 'astro/zod';

const shape = (schema: unknown) => (unwrapSchema(schema) as z.ZodObject).shape as Record<string, unknown>;

describe('the kind of a refusal, read from the schema', () => {
  it.each([
    ['a calendar date', shape(practiceSchema)['published'], { kind: 'date', example: '2026-11-28' }],
    ['an event time', shape(eventSchema)['start'], { kind: 'dayOrTime', example: '2026-11-28' }],
    ['a year or month', shape(networkSchema)['founded'], { kind: 'yearOrMonth', example: '2014-09' }],
    [
      'a web address',
      shape(organisationSchema)['website'],
      { kind: 'url', example: 'https://www.ifrc.org/' },
    ],
    ['a list of references', shape(practiceSchema)['themes'], { kind: 'choices' }],
    ['a choice', shape(practiceSchema)['type'], { kind: 'choice' }],
    ['a list of objects', shape(datasetSchema)['sources'], { kind: 'items' }],
    ['a table file', shape(datasetSchema)['table'], { kind: 'file' }],
    ['a number with a floor', shape(suppression)['rounding'], { kind: 'number', example: '10' }],
    ['plain text', shape(practiceSchema)['title'], { kind: 'text' }],
  ])('%s', (_, schema, refusal) => {
    expect(refusalOf(schema)).toEqual(refusal);
  });

  it('quotes, for each typed form, an example the form accepts', () => {
    const patterns = Object.values(collections).flatMap(({ schema }) => {
      const found: FieldPattern[] = [];
      const visit = (node: unknown, depth = 0): void => {
        if (depth > 6 || typeof node !== 'object' || node === null) return;
        const pattern = (editor.get(node as z.ZodType) as { pattern?: FieldPattern } | undefined)?.pattern;
        if (pattern) found.push(pattern);
        const inner = unwrapSchema(node);
        const element = (inner as { element?: unknown }).element;
        if (element) visit(element, depth + 1);
        if ((inner as z.ZodObject).shape)
          for (const field of Object.values(shape(inner))) visit(field, depth + 1);
        if (inner !== node) visit(inner, depth + 1);
      };
      visit(schema);
      return found;
    });
    expect(new Set(patterns.map((p) => p.name))).toEqual(
      new Set(['yearOrMonth', 'dayOrTime', 'email', 'publicPhone', 'emailDomain']),
    );
    for (const pattern of patterns) expect(pattern.regex.test(pattern.example), pattern.name).toBe(true);
  });
});

describe('the message', () => {
  it('says what to type, with the example, in each language', () => {
    const date = refusalOf(shape(eventSchema)['start']);
    expect(refusalMessage(date, 'Start', 'en')).toBe(
      'Start: type a date as YYYY-MM-DD, for example 2026-11-28, or a date and local time, for example 2026-11-28T09:30.',
    );
    expect(refusalMessage(date, 'Start', 'fr')).toBe(
      'Start : saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-28, ou une date et une heure locale, par exemple 2026-11-28T09:30.',
    );
    expect(refusalMessage({ kind: 'date', example: '2026-11-28' }, 'Publicación', 'es')).toBe(
      'Publicación: escriba una fecha con el formato AAAA-MM-DD, por ejemplo 2026-11-28.',
    );
    expect(refusalMessage({ kind: 'choices' }, 'موعد', 'ar')).toBe(
      'موعد: اختر خيارًا واحدًا على الأقل من القائمة.',
    );
  });
});

describe('the editor configuration in each language', () => {
  const docs = readFieldDocs();
  const backend = { name: 'github', repo: 'owner/site', branch: 'main' } as const;
  const every = (fields: readonly EditorField[]): EditorField[] =>
    fields.flatMap((f) => [f, ...every(f.fields ?? []), ...(f.field ? every([f.field]) : [])]);

  it.each(locales)('%s: gives every field a refusal in that language, naming its label', (locale) => {
    const config = editorConfig({ docs, backend, locale });
    expect(config.locale).toBe(locale);
    for (const collection of config.collections)
      for (const field of every(collection.fields).filter((f) => f.widget !== 'boolean'))
        expect(field.refusal, `${collection.name}.${field.name}`).toContain(field.label);
  });

  it('labels fields and choices with the site’s words in that language', () => {
    const practices = editorConfig({ docs, backend, locale: 'fr' }).collections.find(
      (c) => c.name === 'practices',
    )!;
    const reviewBy = practices.fields.find((f) => f.name === 'reviewBy')!;
    expect(reviewBy.label).toBe('Prochaine révision');
    expect(reviewBy.refusal).toBe(
      'Prochaine révision : saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-28.',
    );
    expect([practices.label, practices.label_singular]).toEqual([
      fr['practices.title'],
      fr['search.kind.practice'],
    ]);
    const type = practices.fields.find((f) => f.name === 'type')!;
    expect(type.options).toContainEqual({ label: 'Formation ou module en ligne', value: 'training' });
  });
});
