/**
 * A term of the field that readers search by more than one name: an acronym (THB) and the words it stands for in
 * each language. A search for any of its names also searches the others in the reader's language.
 */
import { z } from 'astro/zod';
import { locales, type Locale } from '../core/locales.ts';
import { neutral, text, translatedText } from './common.ts';

/** An acronym as it is written: capitals and digits, with lower-case letters inside (VoT). */
const acronym = text.regex(
  /^[A-Z][A-Za-z0-9]*[A-Z0-9]$/,
  'is not an acronym; write it as it is printed, starting with a capital, like THB or VoT',
);

/** Other names in one language, each once. */
const names = z.array(text).refine((list) => new Set(list).size === list.length, 'lists the same name twice');

export type OtherNames = Partial<Record<Locale, string[]>>;

export const searchTermSchema = z.strictObject({
  /** The term written out in each language, shown as "also searched". English is required. */
  label: translatedText,
  /** Acronyms readers type for it, in any language, as printed: THB, VoT. */
  acronyms: neutral(z.array(acronym).optional()),
  /**
   * Other names in each language, searched as well: "human trafficking" beside "trafficking in human beings".
   * Leave a language out rather than guess a translation.
   */
  otherNames: z
    .strictObject(Object.fromEntries(locales.map((code) => [code, names.optional()])))
    .optional() as unknown as z.ZodOptional<z.ZodType<OtherNames>>,
});

export type SearchTerm = z.output<typeof searchTermSchema>;
