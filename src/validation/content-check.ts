/**
 * The content validator's logic: parses every file of a corpus, checks it against its collection's schema and
 * the references between entries, and reports each problem where an editor can find it (file, line, field).
 */
import { z } from 'astro/zod';
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { isLocale, locales } from '../core/locales.ts';
import { referenceTargets, type ReferenceTarget } from '../schemas/common.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { uploadFolder } from './addresses.ts';
import { checkBody, phoneDigits, type BodyContext, type UploadContext } from './body-check.ts';
import { invisibleCharacters, invisibleInName } from './characters.ts';
import { checkTable } from './dataset-check.ts';
import { decodeFile } from './encoding.ts';
import { fieldProblems } from './field-check.ts';
import { findBrokenReferences, findDraftReferences } from './references.ts';
import { fieldsAt, languageNeutralFields } from '../lib/schema-walk.ts';
import { groupTranslations } from '../lib/translations.ts';

export interface Problem {
  /** Path of the file, relative to the project. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field, as a dotted path ("resources.0.url"), or "" for the file as a whole. */
  readonly field: string;
  readonly message: string;
}

export interface SourceFile {
  /** Path relative to the content root, like "practices/en/referral.mdx". */
  readonly path: string;
  /** The file as read from disk (bytes, decoded here as UTF-8), or its text. */
  readonly text: string | Uint8Array;
}

interface ParsedFile {
  readonly source: { readonly path: string; readonly text: string };
  readonly collection: CollectionName;
  /** The id other entries use: the slug of a translatable entry, the file name of a data entry. */
  readonly id: string;
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
  /** Lines before the YAML starts (the opening "---" of front matter). */
  readonly lineOffset: number;
  /** The MDX body after the front matter, and the line of the file it starts on. */
  readonly body?: { text: string; firstLine: number } | undefined;
  /** The fields as plain values. */
  readonly data: unknown;
}

/** Limits that keep one file from exhausting the checker or the build: size, YAML aliases and nesting. */
export const limits = {
  /** A long practice note with its body is well under 1 MB; 5 MB leaves room and stops runaway pastes. */
  bytes: 5 * 1024 * 1024,
  /** Entries need no YAML aliases at all; many of them multiply a small file into a huge one. */
  aliases: 20,
  /** Entries nest fields three or four levels deep. */
  depth: 16,
} as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which collection a path belongs to, and its id, or a problem saying where such a file should go. */
function locate(path: string): { collection: CollectionName; id: string } | string {
  for (const [name, definition] of Object.entries(collections) as [
    CollectionName,
    (typeof collections)[CollectionName],
  ][]) {
    if (!path.startsWith(`${definition.folder}/`)) continue;
    const rest = path.slice(definition.folder.length + 1).split('/');
    if (definition.layout === 'entries') {
      const [locale, file = ''] = rest;
      if (rest.length !== 2 || !isLocale(locale) || !file.endsWith('.mdx')) {
        return `belongs at ${definition.folder}/<${locales.join('|')}>/<slug>.mdx`;
      }
      return { collection: name, id: file.slice(0, -'.mdx'.length) };
    }
    const [file = ''] = rest;
    if (rest.length !== 1 || !file.endsWith('.yaml')) return `belongs at ${definition.folder}/<id>.yaml`;
    return { collection: name, id: file.slice(0, -'.yaml'.length) };
  }
  return 'is in no collection folder; move it into one of content/practices, events, networks, pages, organisations, taxonomies';
}

/** The YAML of a file: all of a data file, or the front matter between the "---" lines of an MDX entry. */
function yamlOf(
  source: ParsedFile['source'],
): { yaml: string; lineOffset: number; body?: { text: string; firstLine: number } } | undefined {
  if (!source.path.endsWith('.mdx')) return { yaml: source.text, lineOffset: 0 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(\r?\n|$)/.exec(source.text);
  if (!match) return undefined;
  const firstLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    yaml: match[1] ?? '',
    lineOffset: 1,
    body: { text: source.text.slice(match[0].length), firstLine },
  };
}

function problemAt(file: ParsedFile, offset: number | undefined, field: string, message: string): Problem {
  const position = offset === undefined ? { line: 1, col: 1 } : file.lines.linePos(offset);
  return {
    file: file.source.path,
    line: position.line + file.lineOffset,
    column: position.col,
    field,
    message,
  };
}

/** The node for a path in the document, or the nearest existing ancestor (for a missing field). */
function nodeAt(document: Document.Parsed, path: readonly PropertyKey[]): Node | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return document.contents ?? undefined;
}

/** The key node of `key` in the map at `path`, to point at a misspelt field name itself. */
function keyNodeAt(document: Document.Parsed, path: readonly PropertyKey[], key: string): Node | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known field closest in spelling to an unknown one, if it is close enough to be a typo. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  const ranked = known
    .map((name) => ({ name, distance: levenshtein(unknown.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(unknown.length / 3)) ? best.name : undefined;
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return JSON.stringify(value) ?? String(value);
}

const typeNames: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
  string: 'text',
};

/** Zod's issues in words for editors; messages written in the schemas are kept as they are. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required; add it';
      return `should be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${describe(issue.input)} is not allowed; use one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item(s)`
        : `is too short; write at least ${String(issue.minimum)} character(s)`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${String(issue.maximum)} items`
        : `is too long; keep it to ${String(issue.maximum)} characters`;
    default:
      return undefined;
  }
};

/** A problem of a file as a whole, reported at its start. */
function atStartOf(path: string, message: string): Problem {
  return { file: path, line: 1, column: 1, field: '', message };
}

function parseFile(source: SourceFile): { parsed?: ParsedFile; problems: Problem[] } {
  const place = locate(source.path);
  const atStart = (message: string) => atStartOf(source.path, message);
  const hidden = invisibleInName(source.path);
  if (hidden) return { problems: [atStart(`the file's name or folder ${hidden}`)] };
  if (typeof place === 'string') return { problems: [atStart(`this file ${place}`)] };
  const problems = idPattern.test(place.id)
    ? []
    : [
        atStart(
          `the file name "${place.id}" is not a valid id; rename it with lower-case letters, digits and hyphens`,
        ),
      ];
  const size = typeof source.text === 'string' ? source.text.length : source.text.byteLength;
  if (size > limits.bytes) {
    problems.push(
      atStart(
        `is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${limits.bytes / 1024 / 1024} MB a file may be; split the text, or upload long documents as files`,
      ),
    );
    return { problems };
  }
  const decoded = decodeFile(source.text);
  if ('problem' in decoded) {
    const { line, column, message } = decoded.problem;
    return { problems: [...problems, { file: source.path, line, column, field: '', message }] };
  }
  const text = { path: source.path, text: decoded.text };
  const found = yamlOf(text);
  if (!found) {
    problems.push(
      atStart('has no front matter; start the file with a "---" line, the fields, then another "---" line'),
    );
    return { problems };
  }
  const lines = new LineCounter();
  // YAML 1.2 keeps "2016-13-45" a string to be checked; YAML 1.1 readers (and Astro's) roll it over to a Date in 2017.
  const document = parseDocument(found.yaml, { lineCounter: lines, prettyErrors: false, logLevel: 'error' });
  const parsed: ParsedFile = {
    source: text,
    ...place,
    document,
    lines,
    lineOffset: found.lineOffset,
    body: found.body,
    data: undefined,
  };
  if (document.errors.length > 0) {
    // Nesting that overflows the parser's stack is one problem, however many errors the overflow leaves (their
    // number depends on how much stack the thread has left).
    const overflow = document.errors.find((error) => /call stack/i.test(error.message));
    const syntax = overflow
      ? [
          problemAt(
            parsed,
            overflow.pos[0],
            '',
            `nests fields more than ${limits.depth} levels deep; no field of an entry needs that many`,
          ),
        ]
      : document.errors.map((error) =>
          problemAt(parsed, error.pos[0], '', `is not valid YAML: ${error.message.split('\n')[0] ?? ''}`),
        );
    return { problems: [...problems, ...syntax] };
  }
  const excess = structureProblem(document);
  if (excess) return { problems: [...problems, problemAt(parsed, excess.offset, '', excess.message)] };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.aliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [...problems, problemAt(parsed, 0, '', `is not valid YAML: ${message}`)] };
  }
  return { parsed: { ...parsed, data }, problems };
}

/** The first YAML alias beyond the limit, or the first node nested too deep, with where it starts. */
function structureProblem(
  document: Document.Parsed,
): { offset: number | undefined; message: string } | undefined {
  let aliases = 0;
  let found: { offset: number | undefined; message: string } | undefined;
  visit(document, (_, node, path) => {
    if (isAlias(node) && !node.resolve(document)) {
      found = {
        offset: node.range?.[0],
        message: `uses the alias *${node.source}, but no "&${node.source}" comes before it; write the value out instead`,
      };
    } else if (isAlias(node) && ++aliases > limits.aliases) {
      found = {
        offset: node.range?.[0],
        message: `uses more than ${limits.aliases} YAML aliases (*name); write the values out instead`,
      };
    } else if (isNode(node) && path.filter(isCollection).length > limits.depth) {
      found = {
        offset: node.range?.[0],
        message: `nests fields more than ${limits.depth} levels deep; no field of an entry needs that many`,
      };
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/** The problems of a file against its schema, or the values the schema makes of it when there are none. */
function schemaProblems(file: ParsedFile, data: unknown): { problems: Problem[]; values?: unknown } {
  const { schema } = collections[file.collection];
  const result = schema.safeParse(data, { error: editorMessages, reportInput: true });
  if (result.success) return { problems: [], values: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = closestField(key, known);
        const hint = known.every((name) => isLocale(name))
          ? `"${key}" is not a language of the portal; use ${known.join(', ')}`
          : suggestion
            ? `did you mean "${suggestion}"?`
            : `the fields here are: ${known.join(', ')}`;
        return problemAt(
          file,
          keyNodeAt(file.document, path, key)?.range?.[0],
          [...path, key].join('.'),
          `is not a field; ${hint}`,
        );
      });
    }
    const quoted =
      ['string', 'number'].includes(typeof issue.input) && !issue.message.startsWith(describe(issue.input));
    const message = quoted ? `${describe(issue.input)} ${issue.message}` : issue.message;
    return [problemAt(file, nodeAt(file.document, path)?.range?.[0], path.join('.'), message)];
  });
  return { problems };
}

/** A field's value as an editor wrote it: dates as YYYY-MM-DD, lists in brackets. */
function asWritten(value: unknown): string {
  if (value === undefined) return 'not given';
  if (Array.isArray(value)) return `[${value.map(asWritten).join(', ')}]`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Translations of one entry whose language-neutral fields (dates, references, countries, types: see
 * `languageNeutralFields`) differ from the original's, reported in the translation that differs.
 */
function translationProblems(
  files: readonly CheckedFile[],
  values: ReadonlyMap<CheckedFile, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [name, definition] of Object.entries(collections)) {
    if (definition.layout !== 'entries') continue;
    const fields = languageNeutralFields(definition.schema);
    const disagreements = (file: CheckedFile, original: CheckedFile, originalLocale: string): Problem[] => {
      const reference = values.get(original) as Record<string, unknown>;
      const own = values.get(file) as Record<string, unknown>;
      return fields
        .filter((field) => JSON.stringify(own[field]) !== JSON.stringify(reference[field]))
        .map((field) =>
          file.problemAt(
            [field],
            field,
            `${own[field] === undefined ? 'is missing here' : `is ${asWritten(own[field])} here`} but ${asWritten(reference[field])} in the ${languageNames.of(originalLocale) ?? originalLocale} version (${original.source.path}); dates, references, countries and types mean the same in every language, so write the same value in every translation`,
          ),
        );
    };
    const versions = files
      .filter((file) => file.collection === name && values.has(file))
      .map((file) => ({ id: file.source.path.slice(definition.folder.length + 1, -'.mdx'.length), file }));
    for (const { original, originalLocale, versions: byLocale } of groupTranslations(versions).values()) {
      for (const { file } of byLocale.values()) {
        if (file === original.file) continue;
        problems.push(...guarded(file.source.path, () => disagreements(file, original.file, originalLocale)));
      }
    }
  }
  return problems;
}

function referenceProblems(
  file: CheckedFile,
  existing: Record<ReferenceTarget, Set<string>>,
  drafts: ContentContext['drafts'],
): Problem[] {
  const { schema } = collections[file.collection];
  const found = [
    ...findBrokenReferences(schema, file.data, existing),
    ...findDraftReferences(schema, file.data, drafts),
  ];
  return found.map((broken) => file.problemAt(broken.path, broken.path.join('.'), broken.message));
}

/** The problems of the fields' own values (addresses, characters), at their lines. */
function valueProblems(file: ParsedFile, data: unknown, context: UploadContext): Problem[] {
  return fieldProblems(collections[file.collection].schema, data, context).map(({ path, message }) =>
    problemAt(file, nodeAt(file.document, path)?.range?.[0], path.join('.'), message),
  );
}

function bodyProblems(file: ParsedFile, context: BodyContext): Problem[] {
  if (!file.body) return [];
  const { text, firstLine } = file.body;
  return checkBody(text, context).map((problem) => ({
    file: file.source.path,
    line: firstLine + problem.line - 1,
    column: problem.column,
    field: 'body',
    message: problem.message,
  }));
}

function hostname(url: unknown): string | undefined {
  try {
    return typeof url === 'string' ? new URL(url).hostname.replace(/^www\./, '').toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export type CheckOptions = UploadContext;

/**
 * What the checks of one entry need to know of the other files: the organisations' own domains (their
 * websites' and listed e-mail domains), the digits of the phone numbers they list as public, the drafts each
 * collection holds (id and file), the files uploaded under /uploads/, and the ids of the vulnerable groups and
 * stages of response (a dataset's table is checked against them). All of it is public content.
 */
export interface ContentContext {
  readonly organisationDomains: ReadonlySet<string>;
  readonly publicPhones: ReadonlySet<string>;
  readonly drafts: Readonly<Record<ReferenceTarget, ReadonlyMap<string, string>>>;
  readonly uploads: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly themes: ReadonlySet<string>;
}

/** The context of parsed files: what `checkContent` checks each entry against. */
function contextOf(
  files: readonly FileFacts[],
  publicFiles: ReadonlySet<string> = new Set(),
): ContentContext {
  const drafts = Object.fromEntries(
    referenceTargets.map((name) => [name, draftsOf(files.filter((file) => file.collection === name))]),
  ) as Record<ReferenceTarget, Map<string, string>>;

  const organisations = files
    .filter((file) => file.collection === 'organisations')
    .map((file) => (file.data ?? {}) as { website?: unknown; emailDomains?: unknown; phones?: unknown });
  const listed = (value: unknown) =>
    Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  const organisationDomains = new Set(
    organisations.flatMap((organisation) => [
      ...[hostname(organisation.website) ?? []].flat(),
      ...listed(organisation.emailDomains).map((domain) => domain.toLowerCase()),
    ]),
  );
  const publicPhones = new Set(
    organisations.flatMap((organisation) => listed(organisation.phones).map(phoneDigits)),
  );
  const uploads = new Set([...publicFiles].filter((path) => path.startsWith(uploadFolder)));
  const { groups, themes } = existingIds(files);
  return { organisationDomains, publicPhones, drafts, uploads, groups, themes };
}

/** The ids each collection that entries refer to holds: what references and tables are checked against. */
function existingIds(files: readonly FileFacts[]): Record<ReferenceTarget, Set<string>> {
  return Object.fromEntries(
    referenceTargets.map((name) => [
      name,
      new Set(files.filter((file) => file.collection === name).map((file) => file.id)),
    ]),
  ) as Record<ReferenceTarget, Set<string>>;
}

/** Parses every file; one that cannot be read is left out, and its problems returned for `checkContent`. */
function parseAll(sources: readonly SourceFile[]): { files: ParsedFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: ParsedFile[] = [];
  for (const source of sources) {
    const result = guarded(source.path, () => parseFile(source));
    problems.push(...(Array.isArray(result) ? result : result.problems));
    if (!Array.isArray(result) && result.parsed) files.push(result.parsed);
  }
  return { files, problems };
}

/**
 * The context a corpus gives each of its entries, computed as `checkContent` computes it: the editor checks an
 * entry against it before saving (src/cms/save-check.ts).
 */
export function checkContext(
  sources: readonly SourceFile[],
  publicFiles: ReadonlySet<string> = new Set(),
): ContentContext {
  return contextOf(parseAll(sources.filter((source) => !isTable(source))).files, publicFiles);
}

/** Whether a file is a dataset's table: a CSV, which only the datasets folder may hold. */
const isTable = (source: SourceFile) => source.path.endsWith('.csv');

/**
 * The problems of the datasets' tables (src/validation/dataset-check.ts), reported in the CSV at the line and
 * cell; a CSV that no dataset names, or outside the datasets folder, is a problem too.
 */
function tableProblems(
  tables: readonly SourceFile[],
  datasets: ReadonlyMap<CheckedFile, Dataset>,
  existing: Record<ReferenceTarget, Set<string>>,
  someInvalid: boolean,
): Problem[] {
  const folder = `${collections.datasets.folder}/`;
  const named = new Map(
    [...datasets].map(([file, dataset]) => [`${folder}${dataset.table}`, { file, dataset }]),
  );
  const problems: Problem[] = [];
  for (const source of tables) {
    const atStart = (message: string) => atStartOf(source.path, message);
    const owner = named.get(source.path);
    named.delete(source.path);
    if (!source.path.startsWith(folder) || source.path.slice(folder.length).includes('/')) {
      problems.push(atStart(`is a table outside ${folder}; put a dataset's CSV beside its metadata there`));
      continue;
    }
    if (!owner) {
      // A dataset with mistakes is reported in its own file; its table waits until it can be read.
      if (someInvalid) continue;
      problems.push(
        atStart(
          `is a table no dataset names; add the dataset's metadata beside it, with table: ${source.path.slice(folder.length)}`,
        ),
      );
      continue;
    }
    const decoded = decodeFile(source.text);
    if ('problem' in decoded) {
      problems.push({ file: source.path, field: '', ...decoded.problem });
      continue;
    }
    const { problems: found } = checkTable(owner.dataset, decoded.text, existing);
    problems.push(
      ...found.map(({ line, column, cell, message }) => ({
        file: source.path,
        line,
        column,
        field: cell,
        message,
      })),
    );
  }
  for (const { file, dataset } of named.values())
    problems.push(
      file.problemAt(
        ['table'],
        'table',
        `names ${dataset.table}, which is not in ${folder}; upload the CSV beside this file`,
      ),
    );
  return problems;
}

/** What the checks across files need of a file that parsed: its collection, id and fields. */
interface FileFacts {
  readonly source: { readonly path: string };
  readonly collection: CollectionName;
  readonly id: string;
  readonly data: unknown;
}

/** A file that parsed, with the values its schema made (when valid) and where a field of it is written. */
interface CheckedFile extends FileFacts {
  readonly values: unknown;
  /** A problem at a field, at the line it is written on (parsing the file again if it came from the cache). */
  readonly problemAt: (field: readonly PropertyKey[], name: string, message: string) => Problem;
}

/**
 * What the check keeps of each file between runs (the build's content guard keeps it in Astro's cache), so that
 * an unchanged file is not parsed or checked again: its own problems and facts, by a digest of its path and
 * bytes, and the problems of its values and body, by that digest and the context's. References and
 * translations are checked across the whole corpus on every run. `next` receives what this run used.
 */
export interface CheckCache {
  readonly digest: (...parts: (string | Uint8Array)[]) => string;
  readonly previous: ReadonlyMap<string, unknown>;
  readonly next: Map<string, unknown>;
}

/** `compute()`, or what the cache holds under `key`; either way kept for the next run. */
function cached<Value>(cache: CheckCache | undefined, key: string, compute: () => Value): Value {
  const value = (cache?.previous.get(key) as Value | undefined) ?? compute();
  cache?.next.set(key, value);
  return value;
}

/** A file's own problems (reading, YAML, schema) and, when it parsed, its facts as the cache keeps them. */
function ownChecks(source: SourceFile, parsed: Map<string, ParsedFile>) {
  const result = guarded(source.path, () => parseFile(source));
  if (Array.isArray(result)) return { problems: result };
  const file = result.parsed;
  if (!file) return { problems: result.problems };
  parsed.set(source.path, file);
  const checked = guarded(source.path, () => schemaProblems(file, file.data));
  const schema = Array.isArray(checked) ? { problems: checked } : checked;
  return {
    problems: [...result.problems, ...schema.problems],
    facts: { collection: file.collection, id: file.id, data: file.data, values: schema.values },
  };
}

/** Checks a whole corpus and returns every problem, sorted by file and line. */
export function checkContent(
  sources: readonly SourceFile[],
  options: CheckOptions,
  cache?: CheckCache,
): Problem[] {
  const tables = sources.filter(isTable);
  const problems: Problem[] = [];
  const parsed = new Map<string, ParsedFile>();
  const files: (CheckedFile & { digest: string; parsed: () => ParsedFile })[] = [];
  for (const source of sources.filter((source) => !isTable(source))) {
    const digest = cache?.digest(source.path, source.text) ?? '';
    const own = cached(cache, `file:${digest}`, () => ownChecks(source, parsed));
    problems.push(...own.problems);
    if (!own.facts) continue;
    const reparsed = () => {
      let file = parsed.get(source.path);
      if (!file) {
        file = parseFile(source).parsed!;
        parsed.set(source.path, file);
      }
      return file;
    };
    files.push({
      source: { path: source.path },
      digest,
      ...own.facts,
      parsed: reparsed,
      problemAt: (field, name, message) => {
        const file = reparsed();
        return problemAt(file, nodeAt(file.document, field)?.range?.[0], name, message);
      },
    });
  }

  const existing = existingIds(files);

  const { organisationDomains, publicPhones, drafts } = contextOf(files);
  const context: BodyContext = { ...options, organisationDomains, publicPhones };
  const contextDigest =
    cache?.digest(
      JSON.stringify([
        [...organisationDomains].sort(),
        [...publicPhones].sort(),
        [...(options.publicFiles ?? [])].sort(),
        [...(options.uploadedSvgs ?? [])].sort(),
      ]),
    ) ?? '';

  const valid = new Map<CheckedFile, unknown>();
  for (const file of files) {
    if (file.values !== undefined) valid.set(file, file.values);
    // A file from the cache is parsed again only when its values and body need checking again, or a problem
    // needs placing.
    const reparsed = file.parsed;
    problems.push(
      ...cached(cache, `content:${file.digest}:${contextDigest}`, () =>
        guarded(file.source.path, () => [
          ...valueProblems(reparsed(), file.data, options),
          ...bodyProblems(reparsed(), context),
        ]),
      ),
      ...guarded(file.source.path, () => referenceProblems(file, existing, drafts)),
    );
  }
  problems.push(...translationProblems(files, valid));
  const datasets = new Map(
    [...valid].filter(([file]) => file.collection === 'datasets') as [CheckedFile, Dataset][],
  );
  const someInvalid = files.some((file) => file.collection === 'datasets' && !valid.has(file));
  problems.push(...tableProblems(tables, datasets, existing, someInvalid));

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The ids of a collection's entries whose every version is a draft, with the path of one of its files. */
function draftsOf(files: readonly FileFacts[]): Map<string, string> {
  const drafts = new Map<string, string>();
  const published = new Set<string>();
  for (const file of files) {
    if ((file.data as { draft?: unknown } | null)?.draft === true) {
      if (!drafts.has(file.id)) drafts.set(file.id, file.source.path);
    } else published.add(file.id);
  }
  for (const id of published) drafts.delete(id);
  return drafts;
}

/**
 * Runs one file's checks; an unexpected failure becomes that file's problem, so the checker never stops
 * before it has reported on every other file.
 */
function guarded<Result>(path: string, check: () => Result): Result | Problem[] {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        file: path,
        line: 1,
        column: 1,
        field: '',
        message: `could not be checked: ${reason.split('\n')[0] ?? ''} — please report this to the portal team, with the file`,
      },
    ];
  }
}

/** One line per problem: `path:line:column  field  message`. */
export function formatProblem(problem: Problem, root = ''): string {
  const where = `${root}${problem.file}:${problem.line}:${problem.column}`;
  // A field name typed with an invisible character in it would print as the name it imitates.
  const field = problem.field.replace(
    invisibleCharacters,
    (character) => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
  return [where, field || '(file)', problem.message].join('  ');
}
