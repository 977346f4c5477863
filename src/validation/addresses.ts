/**
 * The one rule set for the addresses in content: links, images, uploads and the SVG files they name. Pure, so
 * the validator, the MDX renderer's guard and the editor's browser code all apply the same rules.
 */

/** Where editors' files are served from. */
export const uploadFolder = '/uploads/';

const entities: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  amp: '&',
  lpar: '(',
  rpar: ')',
};

/** `&#106;`, `&#x6A;` and named references such as `&colon;` as the characters a browser would read. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** `%6A` as `j`, leaving a malformed `%` as it is instead of failing as decodeURIComponent does. */
export function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
        const code = parseInt(hex, 16);
        return code < 0x80 ? String.fromCharCode(code) : `%${hex}`;
      });
    }
  });
}

/**
 * An address as a browser would read its scheme: entities and percent-escapes decoded (twice, for double
 * encoding), leading spaces and control characters dropped, tabs and newlines inside removed, lower case.
 */
function normalise(address: string): string {
  let text = address;
  for (let round = 0; round < 2; round += 1) text = percentDecode(decodeEntities(text));
  return text
    .replace(/^[\u0000-\u0020\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+/, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
}

/** The scheme an address would be opened with, such as "https" or "javascript", or undefined for a path. */
export function schemeOf(address: string): string | undefined {
  const text = normalise(address).replace(/\\/g, '/');
  const colon = text.indexOf(':');
  if (colon === -1) return undefined;
  const end = text.search(/[/?#]/);
  if (end !== -1 && end < colon) return undefined;
  return text.slice(0, colon);
}

export interface LinkRules {
  /**
   * Whether a mailto: link to this e-mail address may be published; without it, no mailto: link may. The
   * safeguarding rule (organisations' own domains only) lives with the body check.
   */
  readonly mayEmail?: (address: string) => string | undefined;
}

/** The e-mail address of a mailto: link, without its `?subject=…`, decoded. */
export function mailtoAddress(address: string): string {
  const text = normalise(address).replace(/^mailto:/, '');
  return text.split('?')[0]?.trim() ?? '';
}

/**
 * Why a link may not be published, or undefined when it may: https: and http: addresses, site paths, `#`
 * fragments, and mailto: where `rules.mayEmail` allows it. Any other scheme, however written, is refused.
 */
export function linkProblem(address: string, rules: LinkRules = {}): string | undefined {
  const scheme = schemeOf(address);
  if (scheme === undefined || scheme === 'https' || scheme === 'http') return undefined;
  if (scheme === 'mailto') {
    const email = mailtoAddress(address);
    if (!rules.mayEmail) return `the e-mail link ${email} cannot be used here; write a web address`;
    return rules.mayEmail(email);
  }
  const kind = /^[a-z][a-z0-9+.-]{0,19}$/.test(scheme) ? `a ${scheme}: address` : 'not a web address';
  return `the link ${shorten(address)} is ${kind}, which a reader's browser would run or open outside the site; link only to web addresses (https://…), pages of this site (/practices/…) or uploaded files (/uploads/…)`;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}

/**
 * An upload path with `%2e`, `\` and `.` / `..` segments resolved, as a server or bundler would resolve it, or
 * undefined when it is not a path of this site (another scheme, another host, a Windows drive).
 */
export function resolvePath(address: string): string | undefined {
  const text = percentDecode(decodeEntities(address.trim())).replace(/\\/g, '/');
  if (!text.startsWith('/') || text.startsWith('//')) return undefined;
  const path = text.split(/[?#]/)[0] ?? '';
  const segments: string[] = [];
  for (const segment of path.split('/').slice(1)) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

/**
 * Why an image or an uploaded file's path may not be published, or undefined: it must be a file under
 * /uploads/, and stay there once `..` and `%2e` are resolved. No data: addresses, no paths on the build
 * machine, no other websites.
 */
export function uploadProblem(address: string, what = 'the file'): string | undefined {
  const hint = `upload the file and use its path, like ${uploadFolder}pathway.png`;
  const shown = shorten(address);
  if (schemeOf(address) === 'data')
    return `${what} ${shorten(address.slice(0, 30))} is written into the page as a data: address; ${hint}`;
  if (/^(https?:)?\/\//i.test(address.trim()))
    return `${what} ${shown} is on another website; upload it, so readers' browsers never contact another site`;
  const resolved = resolvePath(address);
  if (resolved === undefined || schemeOf(address) !== undefined)
    return `${what} ${shown} is not an uploaded file; ${hint}`;
  if (!resolved.startsWith(uploadFolder) || resolved === uploadFolder)
    return `${what} ${shown} is outside ${uploadFolder}; ${hint}`;
  if (/[\u0000-\u001f\u007f]/.test(resolved))
    return `${what} ${shown} has a control character in its name; rename the file`;
  return undefined;
}

/** Parts of an SVG that run a script or load something from elsewhere when a browser shows it. */
const svgDangers: readonly [RegExp, string][] = [
  [/<script\b/i, 'a script'],
  [/\son[a-z]+\s*=/i, 'an event attribute (on…=) that runs a script'],
  [/<foreignObject\b/i, 'embedded HTML (<foreignObject>)'],
  [/<!ENTITY\b/i, 'an entity declaration'],
  [/\b(?:xlink:)?href\s*=\s*["']?\s*(?!#)[^\s"'>]/i, 'a link or reference to another file or site'],
  [/url\(\s*["']?\s*(?!#)/i, 'a url(…) that loads another file'],
  [/@import\b/i, 'a stylesheet import'],
  [/javascript:/i, 'a javascript: address'],
];

/** What in an uploaded SVG's text could run or load something, each as words for the editor. */
export function svgProblems(svg: string): string[] {
  return svgDangers.filter(([pattern]) => pattern.test(svg)).map(([, what]) => what);
}
