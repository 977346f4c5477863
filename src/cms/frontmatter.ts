/**
 * How the editor reads and writes its files: an entry's YAML front matter between `---` lines, then the MDX
 * body; a data file (organisations, taxonomies, datasets, search terms) as YAML alone. Written the way the
 * files in content/ are, so that saving changes only what the editor changed: keys in the schema's order, short
 * lists of ids on one line (`themes: [referral, training]`), long text on one line.
 */
import { isPair, isScalar, parseDocument, stringify, visit } from 'yaml';
import { escapeMdxText } from './mdx-text.ts';

/** The names the two formats are registered under in the editor (src/cms/browser/decap-app.ts). */
export const editorFormats = { entry: 'mdx-frontmatter', data: 'yaml-fields' } as const;

export type EntryData = Record<string, unknown> & { body?: string };

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** An entry file's fields and body. A byte-order mark (Notepad writes one) is dropped, and never written back. */
export function parseEntry(file: string): EntryData {
  const text = file.replace(/^\uFEFF/, '');
  const match = frontMatter.exec(text);
  if (!match) return { body: text };
  const data = (parseDocument(match[1] ?? '').toJS() ?? {}) as Record<string, unknown>;
  return { ...data, body: text.slice(match[0].length) };
}

/**
 * A data file's fields. A byte-order mark is dropped, as for entries; YAML that does not parse is an error
 * naming its line, which the editor shows instead of opening the file.
 */
export function parseData(file: string): Record<string, unknown> {
  const document = parseDocument(file.replace(/^\uFEFF/, ''));
  const [problem] = document.errors;
  if (problem) throw problem;
  return (document.toJS() ?? {}) as Record<string, unknown>;
}

/** Drops what the editor leaves behind for fields nobody filled in: empty strings, lists and objects. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, withoutEmpty(inner)] as const)
      .filter(([, inner]) => !isEmpty(inner));
    return Object.fromEntries(entries);
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** The longest line a list of plain values is written on; longer lists get a line per item. */
const oneLine = 120;

/** YAML for fields, keys in `order` first; short lists of plain values on one line. */
export function fieldsToYaml(fields: Record<string, unknown>, order: readonly string[] = []): string {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const sorted = Object.fromEntries(
    Object.entries(withoutEmpty(fields) as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b)),
  );
  const document = parseDocument(stringify(sorted, { lineWidth: 0, singleQuote: true }));
  visit(document, {
    Seq(_, node, path) {
      const items = node.items.filter(isScalar).map((item) => String(item.value));
      const pair = path.at(-1);
      const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '';
      const line = `${key}: [${items.join(', ')}]`;
      if (items.length === node.items.length && line.length <= oneLine) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
}

/**
 * Whether an entry holds any text of its own. Decap copies the language-neutral fields into every language
 * (`i18n: duplicate`), so a translation nobody has started arrives with those fields and nothing else.
 */
export function hasOwnText(data: EntryData): boolean {
  return [data['title'], data['name'], data.body].some((value) => typeof value === 'string' && value.trim());
}

/**
 * An entry file from its fields and body; empty for a translation nobody has written, which Decap then leaves
 * unwritten (it drops files whose text is empty), so no half-made file lands in another language's folder.
 * The body's braces and angle brackets are written so that MDX shows them as typed (src/cms/mdx-text.ts).
 */
export function formatEntry(data: EntryData, order: readonly string[] = []): string {
  if (!hasOwnText(data)) return '';
  const { body: typed = '', ...fields } = data;
  const yaml = fieldsToYaml(fields, order);
  const body = escapeMdxText(typed);
  const text = body.startsWith('\n') ? body : `\n${body}`;
  return `---\n${yaml}---\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
