/**
 * Checks an entry's MDX body, which editors write and Astro evaluates at build time: only allow-listed
 * components with plain string props, no imports, exports or `{expressions}`, no raw HTML; images described and
 * uploaded; no personal e-mail addresses or phone numbers (safeguarding).
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  linkProblem,
  resolvePath,
  svgProblems,
  uploadFolder,
  uploadProblem,
  type LinkRules,
} from './addresses.ts';
import { paragraphDirectionProblems } from './characters.ts';
import { mdxComponents, type MdxComponentDefinition } from '../schemas/mdx-components.ts';

export interface BodyProblem {
  /** Line and column within the body (1-based). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface UploadContext {
  /**
   * Paths of files under public/, such as "/uploads/guide.pdf" (in the editor, the uploads as of the last
   * build); without them, whether an uploaded file exists is not checked.
   */
  readonly publicFiles?: ReadonlySet<string> | undefined;
  /** The text of each SVG file under public/uploads/, by path, to refuse ones that run or load anything. */
  readonly uploadedSvgs?: ReadonlyMap<string, string> | undefined;
}

export interface BodyContext extends UploadContext {
  /**
   * The organisations' own domains (their websites' and their listed e-mail domains); e-mail addresses there
   * are organisational, not personal. Without them, e-mail addresses and phone numbers are not checked.
   */
  readonly organisationDomains?: ReadonlySet<string> | undefined;
  /** The digits of the phone numbers organisations publish (helplines, switchboards), from `phoneDigits`. */
  readonly publicPhones?: ReadonlySet<string> | undefined;
  /** The addresses of the body's reference definitions (`[label]: address`), by label. */
  readonly definitions?: ReadonlyMap<string, string>;
}

interface Point {
  line: number;
  column: number;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: Point };
}

const allowed = mdxComponents as Readonly<Record<string, MdxComponentDefinition>>;
const allowedList = Object.keys(mdxComponents).join(', ');

// Letters of any script, so a look-alike domain in Cyrillic or Greek letters is read whole, not cut short.
const email = /[\p{L}\p{N}_.+-]+@([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+)/gu;
// International numbers (+44 …, 0044 …) or national ones starting with 0, in groups: not years or ranges.
const phone =
  /(?:(?:\+|\b00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(?\b0\d{1,4}\)?[\s.-]\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?)\b/g;

/** Whether an e-mail domain belongs to one of the organisations (their domain or a subdomain of it). */
export function isOrganisationDomain(domain: string, organisationDomains: ReadonlySet<string>): boolean {
  const lower = domain.toLowerCase();
  return [...organisationDomains].some((own) => lower === own || lower.endsWith(`.${own}`));
}

/** A phone number as its digits; an international one (+44…, 0044…) without its + or 00. */
export function phoneDigits(number: string): string {
  // "+44 (0) 20 …" writes the national 0 for callers at home; it is not dialled from abroad.
  const digits = number.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.startsWith('00') && !number.trim().startsWith('+') ? digits.slice(2) : digits;
}

/**
 * Whether a number in the text is one an organisation publishes: the same digits, or the same number in
 * national form (0344 871 11 11 for +44 344 871 11 11).
 */
export function isPublicPhone(number: string, publicPhones: ReadonlySet<string>): boolean {
  const digits = phoneDigits(number);
  const national = /^0[1-9]/.test(digits) && !number.trim().startsWith('+') ? digits.slice(1) : undefined;
  return [...publicPhones].some((listed) => {
    if (listed === digits) return true;
    const countryCode = national === undefined ? 0 : listed.length - national.length;
    return national !== undefined && countryCode >= 1 && countryCode <= 3 && listed.endsWith(national);
  });
}

/** The point `index` characters into a node's text, for a precise line and column. */
function pointWithin(start: Point, text: string, index: number): Point {
  const before = text.slice(0, index).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
}

function safeguardingProblems(node: MdNode, context: BodyContext): BodyProblem[] {
  // Checked only by a caller that knows the organisations (the content check, the editor before saving).
  const { organisationDomains } = context;
  if (!organisationDomains) return [];
  const text = node.value ?? '';
  const start = node.position?.start ?? { line: 1, column: 1 };
  const problems: BodyProblem[] = [];
  for (const match of text.matchAll(email)) {
    if (isOrganisationDomain(match[1] ?? '', organisationDomains)) continue;
    problems.push({
      ...pointWithin(start, text, match.index),
      message: `the e-mail address ${match[0]} may be a person's; put a team address in the \`contact\` field instead`,
    });
  }
  for (const match of text.matchAll(phone)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < 8 || digits > 15) continue;
    if (isPublicPhone(match[0], context.publicPhones ?? new Set())) continue;
    problems.push({
      ...pointWithin(start, text, match.index),
      message: `the phone number ${match[0].trim()} does not belong in the text; give the organisation's contact in the \`contact\` field, or, for a public helpline or switchboard, list it in the organisation's \`phones\` first`,
    });
  }
  return problems;
}

/**
 * Whether a path under /uploads/ names a file that was uploaded and, for an SVG, one that runs nothing and
 * loads nothing; undefined for other addresses.
 */
export function uploadedFileProblem(url: string, context: UploadContext): string | undefined {
  const path = resolvePath(url);
  if (path === undefined || !path.startsWith(uploadFolder)) return undefined;
  if (context.publicFiles && !context.publicFiles.has(path))
    return `the file ${url} does not exist; upload it first`;
  const svg = context.uploadedSvgs?.get(path);
  const dangers = svg === undefined ? [] : svgProblems(svg);
  return dangers.length
    ? `the uploaded SVG ${path} holds ${dangers.join(', ')}; export it again as a plain SVG, or upload a PNG instead`
    : undefined;
}

const fileProblem = uploadedFileProblem;

/** The e-mail rule for mailto: links: only addresses at an organisation's own domain. */
export function emailLinkRules(context: Pick<BodyContext, 'organisationDomains'>): LinkRules {
  return {
    mayEmail: (address) => {
      const parts = address.split('@');
      const domain = parts.length === 2 ? (parts[1] ?? '').replace(/\.$/, '') : '';
      return !context.organisationDomains ||
        (domain && isOrganisationDomain(domain, context.organisationDomains))
        ? undefined
        : `the e-mail link ${address} may be a person's; put a team address in the \`contact\` field instead`;
    },
  };
}

function imageProblems(url: string, alt: string | null | undefined, context: BodyContext): string[] {
  const problems: string[] = [];
  if (!alt?.trim())
    problems.push('an image has no text alternative; write what it shows, as in ![A referral form](…)');
  const unsafe = uploadProblem(url, 'the image');
  if (unsafe) problems.push(unsafe);
  else problems.push(...[fileProblem(url, context) ?? []].flat());
  return problems;
}

function componentProblems(node: MdNode, context: BodyContext): string[] {
  const name = node.name;
  if (!name) return ['fragments (<>…</>) are code, not content; remove them'];
  const definition = allowed[name];
  if (!definition) {
    return /^[a-z]/.test(name)
      ? [`raw HTML <${name}> is not allowed; use Markdown, or one of the components ${allowedList}`]
      : [`<${name}> is not an allowed component; use one of ${allowedList}`];
  }
  const problems: string[] = [];
  const given = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`<${name}> has a {…} expression among its props; write each prop as name="text"`);
    } else if (/^on/i.test(attribute.name)) {
      problems.push(`<${name} ${attribute.name}> would run a script; remove it`);
    } else if (typeof attribute.value !== 'string') {
      problems.push(`<${name} ${attribute.name}> must be text in quotes, like ${attribute.name}="…"`);
    } else if (!(attribute.name in definition.props)) {
      const known = Object.keys(definition.props);
      problems.push(
        `<${name}> has no prop "${attribute.name}"; ${known.length ? `its props are ${known.join(', ')}` : 'it takes none'}`,
      );
    } else {
      given.set(attribute.name, attribute.value);
    }
  }
  for (const [prop, { required }] of Object.entries(definition.props)) {
    if (required && !given.get(prop)?.trim())
      problems.push(`<${name}> needs ${prop}="…": ${definition.props[prop]?.description ?? ''}`);
  }
  if (name === 'Figure') {
    const src = given.get('src') ?? '';
    const unsafe = src && uploadProblem(src, "the figure's image");
    if (unsafe) problems.push(unsafe);
    else problems.push(...[fileProblem(src, context) ?? []].flat());
  }
  if (!definition.children && (node.children?.length ?? 0) > 0) {
    problems.push(`<${name}> takes no content between its tags; close it as <${name} … />`);
  }
  return problems;
}

function nodeProblems(node: MdNode, context: BodyContext): BodyProblem[] {
  const at = node.position?.start ?? { line: 1, column: 1 };
  const here = (messages: string[]) =>
    messages.map((message) => ({ line: at.line, column: at.column, message }));
  switch (node.type) {
    case 'mdxjsEsm':
      return here(['import and export are code, not content; remove the line']);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return here([
        `{${(node.value ?? '').trim()}} would run as code when the site is built; remove the braces`,
      ]);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return here(componentProblems(node, context));
    case 'image':
      return here(imageProblems(node.url ?? '', node.alt, context));
    case 'imageReference': {
      const url = context.definitions?.get(node.identifier ?? '');
      return here(url === undefined ? [] : imageProblems(url, node.alt, context));
    }
    case 'link':
    case 'definition': {
      const url = node.url ?? '';
      const unsafe = linkProblem(url, emailLinkRules(context));
      return here(unsafe ? [unsafe] : [fileProblem(url, context) ?? []].flat());
    }
    case 'text':
      return safeguardingProblems(node, context);
    default:
      return [];
  }
}

function walk(node: MdNode, context: BodyContext): BodyProblem[] {
  return [...nodeProblems(node, context), ...(node.children ?? []).flatMap((child) => walk(child, context))];
}

/** Every problem in an MDX body, or the one syntax error that stops MDX from reading it. */
export function checkBody(body: string, context: BodyContext): BodyProblem[] {
  let tree: MdNode;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as MdNode;
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    return [
      ...paragraphDirectionProblems(body),
      {
        line: line ?? 1,
        column: column ?? 1,
        message: `is not valid MDX: ${reason ?? String(error)}. A literal < or { must be written \\< or \\{`,
      },
    ];
  }
  const definitions = new Map<string, string>();
  const collect = (node: MdNode): void => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);
  return [...paragraphDirectionProblems(body), ...walk(tree, { ...context, definitions })];
}
