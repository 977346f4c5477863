/**
 * The Decap CMS configuration, generated from the schemas: every collection and field, with labels, hints,
 * widgets, required flags, options, defaults, relations (storing ids), lists, nested objects and i18n flags.
 * Pure: the caller reads the field doc comments (field-docs.ts) and says which Git backend to use.
 */
import { z } from 'astro/zod';
import { dictionaries } from '../i18n/index.ts';
import { defaultLocale, localeInfo, locales, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';
import isoCountries from 'i18n-iso-countries';
import {
  calendarDate,
  country,
  editor,
  references,
  uploads,
  url as webAddress,
  type ReferenceTarget,
} from '../schemas/common.ts';
import * as commonSchemas from '../schemas/common.ts';
import * as datasetSchemas from '../schemas/dataset.ts';
import * as eventSchemas from '../schemas/event.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { datasetPath, entryPath, sitePagePath } from '../core/routes.ts';
import * as networkSchemas from '../schemas/network.ts';
import * as organisationSchemas from '../schemas/organisation.ts';
import * as pageSchemas from '../schemas/page.ts';
import * as practiceSchemas from '../schemas/practice.ts';
import * as taxonomySchemas from '../schemas/taxonomy.ts';
import { mdxComponents } from '../schemas/mdx-components.ts';
import { countryName } from '../lib/countries.ts';
import { languageNeutralFields, unwrapSchema, wrapperChain } from '../lib/schema-walk.ts';
import type { FieldDocs } from './field-docs.ts';
import { refusalMessage, refusalOf } from './field-messages.ts';
import { editorFormats } from './frontmatter.ts';

/** A field of the editor's configuration; the shape Decap reads (its own types lag behind its options). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  i18n?: boolean | 'duplicate';
  options?: { label: string; value: string }[];
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  min?: number;
  value_type?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  collapsed?: boolean;
  summary?: string;
  choose_url?: boolean;
  /** The markdown widget's "Add component" choices. */
  editor_components?: string[];
  /** What the editor says when it refuses the field: what to type, with an example (patched into Decap). */
  refusal?: string;
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  i18n?: boolean;
  /** The entry's page, which Decap joins to `site_url` (or to a deploy preview's address) for its links. */
  preview_path?: string;
  /** Where this collection's files go; '' keeps them beside the entry (a dataset's CSV). */
  media_folder?: string;
  public_folder?: string;
  fields: EditorField[];
}

/** The production Git host: GitHub, or a Gitea or Forgejo server, signing in through OAuth. */
export interface GitBackend {
  name: 'github' | 'gitea' | 'forgejo';
  repo: string;
  branch: string;
  /** Where the OAuth client lives (GitHub: an OAuth proxy; Gitea/Forgejo: the server itself). */
  base_url?: string;
  /** The Git host's API, for Gitea and Forgejo servers, such as https://git.example.org/api/v1. */
  api_root?: string;
  /** The OAuth application's client id (Gitea/Forgejo sign in with PKCE, without a secret). */
  app_id?: string;
}

export interface EditorConfig {
  backend: GitBackend;
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  locale: string;
  site_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: EditorCollection[];
}

/** A language's dictionary, English where it has no word. */
const dictionaryOf = memoize(
  (locale: Locale): Readonly<Record<string, string>> =>
    ({ ...dictionaries.en, ...dictionaries[locale] }) as Readonly<Record<string, string>>,
);

/**
 * The plural and singular names editors see for each collection: the site's words in the editor's language (a
 * dictionary key), or English where the site has none.
 */
const collectionLabels: Readonly<Record<CollectionName, readonly [plural: string, singular: string]>> = {
  practices: ['practices.title', 'search.kind.practice'],
  events: ['events.title', 'search.kind.event'],
  networks: ['networks.title', 'search.kind.network'],
  pages: ['Pages', 'search.kind.page'],
  organisations: ['organisations.title', 'search.kind.organisation'],
  themes: ['themes.title', 'search.kind.theme'],
  groups: ['groups.title', 'search.kind.group'],
  searchTerms: ['Search terms', 'Search term'],
  datasets: ['Datasets', 'search.kind.dataset'],
};

/** The field that names an entry, searched and shown when another entry points at it. */
function identifierOf(name: CollectionName): string {
  const fields = Object.keys((unwrapSchema(collections[name].schema) as z.ZodObject).shape);
  const field = fields.includes('title') ? 'title' : fields.includes('name') ? 'name' : 'label';
  // A data file holds every language's name in one field; its English one names it (a dataset's slug too).
  return collections[name].layout === 'data' || field === 'label' ? `${field}.en` : field;
}

/**
 * A field's label: the site's own word for it where there is one, then the label its schema registers,
 * otherwise its name in plain words.
 */
export function fieldLabel(name: string, schema?: unknown, locale: Locale = defaultLocale): string {
  const known = dictionaryOf(locale)[`field.${name}`] ?? registered(editor, schema)?.label;
  if (known) return known;
  if (name in localeInfo) return localeInfo[name as keyof typeof localeInfo].endonym;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Choices of an enum, labelled with the site's words when a dictionary prefix names every value. */
export function enumOptions(
  values: readonly string[],
  locale: Locale = defaultLocale,
): { label: string; value: string }[] {
  const dictionary = dictionaryOf(locale);
  const prefixes = new Set(
    Object.keys(dictionary)
      .filter((key) => key.endsWith(`.${values[0]}`))
      .map((key) => key.slice(0, -values[0]!.length - 1)),
  );
  const prefix = [...prefixes].find((p) => values.every((value) => `${p}.${value}` in dictionary));
  if (!prefix && values.every((value) => value in localeInfo))
    return values.map((value) => ({ label: fieldLabel(value), value }));
  return values.map((value) => ({ label: prefix ? dictionary[`${prefix}.${value}`]! : value, value }));
}

/** Schemas exported under a name: their fields are documented under that name (`resource.title`). */
const namedSchemas: ReadonlyMap<unknown, string> = new Map(
  Object.entries({
    ...commonSchemas,
    ...datasetSchemas,
    ...eventSchemas,
    ...networkSchemas,
    ...organisationSchemas,
    ...pageSchemas,
    ...practiceSchemas,
    ...taxonomySchemas,
  })
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, value]) => [value, name]),
);

/**
 * Every code the schema's `country` accepts, named in English: ISO 3166-1 alpha-2 countries and the UN M49
 * regions that Intl knows.
 */
function countryOptions(locale: Locale): { label: string; value: string }[] {
  const known = countryChoices.get(locale) ?? listCountries(locale);
  countryChoices.set(locale, known);
  return known;
}

const countryChoices = new Map<Locale, { label: string; value: string }[]>();

function listCountries(locale: Locale): { label: string; value: string }[] {
  const regions = Array.from({ length: 999 }, (_, index) => String(index + 1).padStart(3, '0'));
  return [...Object.keys(isoCountries.getAlpha2Codes()), ...regions]
    .filter((code) => country.safeParse(code).success)
    .map((value) => ({ label: `${countryName(value, locale)} (${value})`, value }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

interface Walk {
  /** Doc comments of the schema sources. */
  readonly docs: FieldDocs;
  /** Where the current object's fields are documented: `practiceSchema`, `resource.` … */
  readonly docPath: string;
  /** Inside an optional object: its fields cannot be required, or the editor would demand the whole object. */
  readonly optionalParent?: boolean;
  /** The editor's language, for labels, choices and messages. */
  readonly locale: Locale;
}

/** Metadata registered on the schema or on any wrapper around it. */
function registered<Meta>(registry: { get(schema: z.ZodType): Meta | undefined }, schema: unknown) {
  for (const layer of wrapperChain(schema)) {
    const meta = layer instanceof z.ZodType ? registry.get(layer) : undefined;
    if (meta) return meta;
  }
  return undefined;
}

function isOptional(schema: unknown): boolean {
  return wrapperChain(schema).some(
    (layer) => layer instanceof z.ZodOptional || layer instanceof z.ZodDefault,
  );
}

function defaultValue(schema: unknown): unknown {
  const layer = wrapperChain(schema).find((l): l is z.ZodDefault => l instanceof z.ZodDefault);
  return layer?.def.defaultValue;
}

function minimum(schema: z.ZodArray): number | undefined {
  const check = schema.def.checks?.find((c) => c._zod.def.check === 'min_length');
  return check ? (check._zod.def as unknown as { minimum: number }).minimum : undefined;
}

function relation(target: ReferenceTarget, multiple: boolean): Partial<EditorField> {
  const shown = identifierOf(target);
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    multiple,
  };
}

/** The widget and its options for a schema, without name, label or hint. */
function widgetFor(schema: unknown, walk: Walk, name: string): Partial<EditorField> {
  const inner = unwrapSchema(schema);
  const meta = registered(editor, schema);
  if (registered(uploads, schema)) return { widget: name === 'src' ? 'image' : 'file', choose_url: false };
  if (wrapperChain(schema).includes(datasetSchemas.tableFile)) return { widget: 'file', choose_url: false };
  const reference = registered(references, schema);
  if (reference) return relation(reference.collection, false);
  if (inner instanceof z.ZodArray) {
    const element = inner.element;
    const elementReference = registered(references, element);
    const min = minimum(inner);
    if (elementReference) return { ...relation(elementReference.collection, true), ...(min ? { min } : {}) };
    if (wrapperChain(element).includes(country))
      return { widget: 'select', multiple: true, options: countryOptions(walk.locale) };
    const item = unwrapSchema(element);
    // A list's items exist only once added, so their fields may be required.
    if (item instanceof z.ZodObject) {
      const fields = objectFields(item, { ...walk, optionalParent: false });
      return { widget: 'list', collapsed: false, fields, ...(min ? { min } : {}) };
    }
    const single = name.replace(/ies$/, 'y').replace(/s$/, '');
    const label = fieldLabel(single, undefined, walk.locale);
    return {
      widget: 'list',
      field: {
        name: single,
        label,
        ...widgetFor(element, walk, single),
        refusal: refusalMessage(refusalOf(element), label, walk.locale),
      } as EditorField,
    };
  }
  if (inner instanceof z.ZodObject)
    return { widget: 'object', collapsed: false, fields: objectFields(inner, walk) };
  if (wrapperChain(schema).includes(country))
    return { widget: 'select', options: countryOptions(walk.locale) };
  if (inner instanceof z.ZodEnum)
    return { widget: 'select', options: enumOptions(inner.options as string[], walk.locale) };
  if (inner instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (inner instanceof z.ZodNumber) return { widget: 'number', value_type: 'int' };
  if (wrapperChain(schema).includes(calendarDate))
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  if (wrapperChain(schema).includes(webAddress))
    return { widget: 'string', pattern: ['^https?://', 'write the whole address, starting https://'] };
  return {
    widget: meta?.widget ?? 'string',
    ...(meta?.pattern ? { pattern: [meta.pattern.regex.source, meta.pattern.message] } : {}),
  };
}

/** The editor field for one schema field. */
function fieldFor(name: string, schema: unknown, walk: Walk): EditorField {
  const hint = walk.docs.get(`${walk.docPath}.${name}`);
  const inner = unwrapSchema(schema);
  const namedAs = namedSchemas.get(inner instanceof z.ZodArray ? unwrapSchema(inner.element) : inner);
  const nested: Walk = {
    docs: walk.docs,
    docPath: namedAs ?? `${walk.docPath}.${name}`,
    optionalParent: Boolean(walk.optionalParent) || isOptional(schema),
    locale: walk.locale,
  };
  const fallback = defaultValue(schema);
  const label = fieldLabel(name, schema, walk.locale);
  return {
    name,
    label,
    ...widgetFor(schema, nested, name),
    required: !isOptional(schema) && !walk.optionalParent,
    refusal: refusalMessage(refusalOf(schema), label, walk.locale),
    ...(hint ? { hint } : {}),
    ...(fallback !== undefined && !Array.isArray(fallback) ? { default: fallback } : {}),
  } as EditorField;
}

function objectFields(schema: z.ZodObject, walk: Walk): EditorField[] {
  return Object.entries(schema.shape as Record<string, unknown>).map(([name, field]) =>
    fieldFor(name, field, walk),
  );
}

const bodyLabel = 'Text';
const bodyHint =
  'The text of the page. Use the toolbar for headings, lists and links, and "Add component" for key points, figures and steps.';

/**
 * A field whose value is the same in every language: copied from the default language. Decap copies lists
 * and objects through their inner fields only, so those are marked translatable and their fields duplicated.
 */
function duplicated(field: EditorField): EditorField {
  if (field.widget !== 'list' && field.widget !== 'object') return { ...field, i18n: 'duplicate' };
  return {
    ...field,
    i18n: true,
    ...(field.fields ? { fields: field.fields.map(duplicated) } : {}),
    ...(field.field ? { field: duplicated(field.field) } : {}),
  };
}

/**
 * Where an entry's page is, as a Decap template: after Publish, the editor's "View Live" link leads there on `site_url`
 * (docs/deploy.md). The English address, as an entry's default language is English.
 */
export function previewPath(name: CollectionName): string | undefined {
  if (name === 'searchTerms') return undefined; // a search term has no page of its own
  const path =
    name === 'pages'
      ? sitePagePath('{{slug}}')
      : name === 'datasets'
        ? datasetPath('{{slug}}')
        : entryPath(name, '{{slug}}');
  return path.replace(/^\//, '');
}

/** The editor collection for one of the site's collections. */
export function editorCollection(
  name: CollectionName,
  docs: FieldDocs,
  locale: Locale = defaultLocale,
): EditorCollection {
  const { schema, folder, layout } = collections[name];
  const object = unwrapSchema(schema) as z.ZodObject;
  const docPath = namedSchemas.get(schema) ?? name;
  const fields = objectFields(object, { docs, docPath, locale });
  const [plural, singular] = collectionLabels[name].map((word) => dictionaryOf(locale)[word] ?? word) as [
    string,
    string,
  ];
  const identifier = identifierOf(name);
  const preview = previewPath(name);
  const base = {
    name,
    label: plural,
    label_singular: singular,
    folder: `content/${folder}`,
    create: true,
    slug: '{{slug}}',
    identifier_field: identifier,
    summary: `{{${identifier}}}`,
    ...(preview === undefined ? {} : { preview_path: preview }),
  };
  // A dataset's table is uploaded beside its metadata, and its field holds the file's name.
  const besideEntry = Object.values(object.shape as Record<string, unknown>).some((field) =>
    wrapperChain(field).includes(datasetSchemas.tableFile),
  );
  if (layout === 'data')
    return {
      ...base,
      extension: 'yaml',
      format: editorFormats.data,
      ...(besideEntry ? { media_folder: '', public_folder: '' } : {}),
      fields,
    };
  const neutral = new Set(languageNeutralFields(schema));
  return {
    ...base,
    extension: 'mdx',
    format: editorFormats.entry,
    i18n: true,
    fields: [
      ...fields.map((field) => (neutral.has(field.name) ? duplicated(field) : { ...field, i18n: true })),
      {
        name: 'body',
        label: bodyLabel,
        widget: 'markdown',
        hint: bodyHint,
        required: true,
        refusal: refusalMessage({ kind: 'text' }, bodyLabel, locale),
        i18n: true,
        // Only the site's components: Decap's own image and code block would write what the site refuses.
        editor_components: Object.keys(mdxComponents),
      },
    ],
  };
}

/** The whole editor configuration. */
export function editorConfig(options: {
  docs: FieldDocs;
  backend: GitBackend;
  siteUrl?: string;
  /** The editor's language: labels, choices and messages in it (src/cms/browser/decap-app.ts chooses). */
  locale?: Locale;
}): EditorConfig {
  const locale = options.locale ?? defaultLocale;
  return {
    backend: options.backend,
    // Used only on localhost, and only when decap-server answers (npm run cms); see src/cms/browser/decap-app.ts.
    local_backend: true,
    publish_mode: 'editorial_workflow',
    // The editor's interface language; entries are edited in every language.
    locale,
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: (Object.keys(collections) as CollectionName[]).map((name) =>
      editorCollection(name, options.docs, locale),
    ),
  };
}
