/**
 * What the editor says when it refuses a field: what to type, with an example, in the editor's language. The
 * kind of message comes from the field's schema (a date, a web address, a pattern, a choice, a list), the words
 * from src/i18n/ (`cms.refusal.*`) and the examples from the schemas, so there is one definition of each.
 */
import { z } from 'astro/zod';
import { useTranslations, type Locale, type UIKey } from '../i18n/index.ts';
import {
  calendarDate,
  country,
  dateExample,
  editor,
  references,
  uploads,
  url as webAddress,
  urlExample,
  type FieldPattern,
} from '../schemas/common.ts';
import { tableFile } from '../schemas/dataset.ts';
import { unwrapSchema, wrapperChain } from '../lib/schema-walk.ts';

/** The kinds of value a field can ask for, each with its message. */
export type RefusalKind =
  'text' | 'choice' | 'choices' | 'items' | 'file' | 'number' | 'date' | 'url' | FieldPattern['name'];

const refusalKeys: Readonly<Record<RefusalKind, UIKey>> = {
  text: 'cms.refusal.text',
  choice: 'cms.refusal.choice',
  choices: 'cms.refusal.choices',
  items: 'cms.refusal.items',
  file: 'cms.refusal.file',
  number: 'cms.refusal.number',
  date: 'cms.refusal.date',
  url: 'cms.refusal.url',
  yearOrMonth: 'cms.refusal.yearOrMonth',
  dayOrTime: 'cms.refusal.dayOrTime',
  email: 'cms.refusal.email',
  publicPhone: 'cms.refusal.publicPhone',
  emailDomain: 'cms.refusal.emailDomain',
};

/** What a field asks for and the example its message quotes, read from its schema. */
export interface Refusal {
  kind: RefusalKind;
  example?: string;
}

function marked(schema: unknown, registry: { get(schema: z.ZodType): unknown }): boolean {
  return wrapperChain(schema).some(
    (layer) => layer instanceof z.ZodType && registry.get(layer) !== undefined,
  );
}

function registeredPattern(schema: unknown): FieldPattern | undefined {
  for (const layer of wrapperChain(schema)) {
    const pattern = layer instanceof z.ZodType ? editor.get(layer)?.pattern : undefined;
    // The registry's type loosens RegExp; the value is the FieldPattern the schema registered.
    if (pattern) return pattern as unknown as FieldPattern;
  }
  return undefined;
}

/** The smallest number a number schema accepts, if it says. */
function lowest(schema: z.ZodNumber): number | undefined {
  const check = schema.def.checks?.find((c) => c._zod.def.check === 'greater_than');
  return check ? Number((check._zod.def as unknown as { value: number }).value) : undefined;
}

/** What the schema of a field asks editors to type or choose. */
export function refusalOf(schema: unknown): Refusal {
  const chain = wrapperChain(schema);
  const inner = unwrapSchema(schema);
  if (marked(schema, uploads) || chain.includes(tableFile)) return { kind: 'file' };
  if (chain.includes(calendarDate)) return { kind: 'date', example: dateExample };
  if (chain.includes(webAddress)) return { kind: 'url', example: urlExample };
  const pattern = registeredPattern(schema);
  if (pattern) return { kind: pattern.name, example: pattern.example };
  if (inner instanceof z.ZodArray) {
    const element = inner.element;
    return {
      kind: marked(element, references) || wrapperChain(element).includes(country) ? 'choices' : 'items',
    };
  }
  if (marked(schema, references) || chain.includes(country) || inner instanceof z.ZodEnum)
    return { kind: 'choice' };
  if (inner instanceof z.ZodNumber)
    return { kind: 'number', example: String(Math.max(10, lowest(inner) ?? 0)) };
  return { kind: 'text' };
}

/** The editor's message for a refused field, in the editor's language. */
export function refusalMessage(refusal: Refusal, label: string, locale: Locale): string {
  return useTranslations(locale).t(refusalKeys[refusal.kind], {
    field: label,
    ...(refusal.example === undefined ? {} : { example: refusal.example }),
  });
}
