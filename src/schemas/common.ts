/** Building blocks shared by every collection schema: ids, references, dates, places, links, translated text. */
import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../core/locales.ts';

/** Every collection that an entry can point at by id. */
export const referenceTargets = [
  'practices',
  'events',
  'networks',
  'organisations',
  'themes',
  'groups',
] as const;
export type ReferenceTarget = (typeof referenceTargets)[number];

/**
 * Schemas know which collection a reference field points at through this registry, so that the validator
 * and the editor configuration can find every reference without a second list of fields.
 */
export const references = z.registry<{ collection: ReferenceTarget }>();

/**
 * Marks values that mean the same in every language (dates, codes, time zones), so that the translations of
 * one entry must agree on them and the editor fills them in once. References and enum choices are
 * language-neutral too, without a mark.
 */
export const languageNeutral = z.registry<{ neutral: true }>();

/**
 * Editor-only metadata for a field, where what the schema says is not enough to choose the editor's input:
 * a multi-line `text` box for prose, or a label other than the one derived from the field's name. Hints come
 * from each field's doc comment (src/cms/field-docs.ts), so they are not repeated here.
 */
export const editor = z.registry<EditorMeta>();

export interface EditorMeta {
  widget?: 'text';
  label?: string;
  /** The form a typed value must have, checked in the editor as the schema checks it: the same expression. */
  pattern?: FieldPattern;
}

export interface FieldPattern {
  regex: RegExp;
  message: string;
  /** Names the editor's message for this form (`cms.refusal.<name>` in src/i18n/). */
  name: 'yearOrMonth' | 'dayOrTime' | 'email' | 'publicPhone' | 'emailDomain';
  /** A value of this form, quoted in the editor's message; a test checks that the pattern accepts it. */
  example: string;
}

/** Registers editor metadata on a field's schema and returns it. */
export function editing<Schema extends z.ZodType>(schema: Schema, meta: EditorMeta): Schema {
  editor.add(schema, meta);
  return schema;
}

/** Registers a schema as language-neutral and returns it. */
export function neutral<Schema extends z.ZodType>(schema: Schema): Schema {
  languageNeutral.add(schema, { neutral: true });
  return schema;
}

/** A language-neutral id: lower-case ASCII words joined by hyphens, as in file names. */
export const id = () =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'use lower-case letters, digits and single hyphens, like "roma-communities"',
    );

/** An id of an entry in another collection; checked against that collection at build time. */
export function ref(collection: ReferenceTarget) {
  return id().register(references, { collection });
}

/** A list of references, each at most once. */
export function refs(collection: ReferenceTarget) {
  return z
    .array(ref(collection))
    .refine((list) => new Set(list).size === list.length, 'lists the same id twice');
}

/** Text that must not be blank. */
export const text = z.string().trim().min(1, 'is empty; write some text or remove the field');

/** A language code of the portal. */
export const locale = z.enum(locales);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as editors are shown it in messages (src/cms/field-messages.ts). */
export const dateExample = '2026-11-28';

/**
 * A calendar date written YYYY-MM-DD. YAML readers turn such values into Date objects; they are
 * normalised back to the string so that no time zone can shift a day.
 */
export const calendarDate = neutral(
  z.preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value,
    z.string().refine(isCalendarDate, 'is not a date; write YYYY-MM-DD, like 2016-09-07'),
  ),
);

const yearOrMonthForm: FieldPattern = {
  regex: /^\d{4}(-(0[1-9]|1[0-2]))?$/,
  message: 'write a year (2014) or a month (2014-09)',
  name: 'yearOrMonth',
  example: '2014-09',
};

/** A year or a month, for periods and founding dates: YYYY or YYYY-MM. */
export const yearOrMonth = editing(
  neutral(
    z
      .union([z.number().int(), z.string()])
      .transform(String)
      .refine((value) => yearOrMonthForm.regex.test(value), yearOrMonthForm.message),
  ),
  { pattern: yearOrMonthForm },
);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * A country as ISO 3166-1 alpha-2 (HR, GB), or a UN M49 region for regional and global work
 * (150 Europe, 001 World). Intl knows the names, so no country list is kept here.
 */
export const country = neutral(
  z
    .string()
    .refine(
      (code) => /^([A-Z]{2}|\d{3})$/.test(code) && regionNames.of(code) !== code,
      'is not a country code; use ISO 3166-1 alpha-2 in capitals (HR, GB) or a UN M49 region (150, 001)',
    ),
);

/** Marks the fields that hold a web address, so the validator applies the rules for links to them. */
export const webAddresses = z.registry<{ kind: 'link' }>();

/** A web address as editors are shown it in messages (src/cms/field-messages.ts). */
export const urlExample = 'https://www.ifrc.org/';

/** An absolute web address. */
export const url = editing(
  z
    .url({ protocol: /^https?$/, error: 'is not a web address; write it in full, starting https://' })
    .register(webAddresses, { kind: 'link' }),
  { label: 'Web address' },
);

/** Marks the fields that hold an uploaded file's path, so the validator can check that the file exists. */
export const uploads = z.registry<{ kind: 'file' }>();

/** A file that editors uploaded, served from public/uploads/. */
export const upload = z
  .string()
  .regex(
    /^\/uploads\/[\w./-]+$/,
    'is not an uploaded file; upload it and use its path, like /uploads/guide.pdf',
  )
  .register(uploads, { kind: 'file' });

export type TranslatedText = Record<typeof defaultLocale, string> & Partial<Record<Locale, string>>;

/** Text in several languages; English is required because it is the fallback for every reader. */
export const translatedText = z.strictObject(
  Object.fromEntries(locales.map((code) => [code, code === defaultLocale ? text : text.optional()])),
) as unknown as z.ZodType<TranslatedText>;

const emailForm: FieldPattern = {
  regex: z.regexes.email,
  message: 'is not an e-mail address; write it whole, like team@redcross.org',
  name: 'email',
  example: 'team@redcross.org',
};

/** An e-mail address. */
const email = editing(z.email({ pattern: emailForm.regex, error: emailForm.message }), {
  pattern: emailForm,
});

const publicPhoneForm: FieldPattern = {
  regex: /^\+[1-9][\d ().-]{6,22}\d$/,
  message:
    'is not a phone number in international form; write it with its country code, like +44 344 871 11 11',
  name: 'publicPhone',
  example: '+44 344 871 11 11',
};

/** A phone number that an organisation publishes, in international form. */
export const publicPhone = editing(z.string().trim().regex(publicPhoneForm.regex, publicPhoneForm.message), {
  pattern: publicPhoneForm,
});

const emailDomainForm: FieldPattern = {
  regex: /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
  message: 'is not an e-mail domain; write the part after the @, in lower case, like redcross.org.uk',
  name: 'emailDomain',
  example: 'redcross.org.uk',
};

/** Mail providers anyone can have an address at: listing one would let every personal address through. */
const mailProviders =
  /(^|\.)(gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|aol|proton|protonmail|gmx|web|mail|yandex|zoho|tutanota|t-online|orange|free|libero|abv|inbox)\.[a-z.]+$/;

/** The domain of an organisation's e-mail addresses: the part after the @. */
export const emailDomain = editing(
  z
    .string()
    .trim()
    .regex(emailDomainForm.regex, emailDomainForm.message)
    .refine(
      (domain) => !mailProviders.test(domain),
      'is a mail provider anyone can use, so it would let personal addresses through; list only the organisation’s own domain',
    ),
  { pattern: emailDomainForm },
);

/** A team and an organisational address, never a private person's. */
export const contact = z.strictObject({
  /** The team or unit readers should write to, such as "Anti-trafficking team". */
  team: z.string().trim().min(1),
  /** The team's shared e-mail address at the organisation, never a person's own. */
  email: email.optional(),
  /** A contact page on the organisation's website. */
  url: url.optional(),
});

/** The one-or-two-sentence plain-text summary on cards, in search results and in meta descriptions. */
export const summary = editing(
  text.max(320, 'is longer than 320 characters; keep the summary to one or two sentences'),
  { widget: 'text' },
);

/** Text of a few sentences, edited in a multi-line box. */
export const prose = () => editing(text.clone(), { widget: 'text' });

/** A file's size in bytes. */
export const bytes = () => editing(z.number().int().positive(), { label: 'Size in bytes' });
