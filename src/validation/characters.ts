/**
 * Invisible characters that change what a reader sees ("Trojan Source"): direction overrides anywhere,
 * embeddings and isolates left open, and any invisible or format character in an id or a file name. What
 * right-to-left and mixed text needs (U+200E, U+200F, closed isolates, ZWJ and ZWNJ in words) stays allowed.
 */

const names: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE": a character as an editor can look it up. */
export function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${names[code] ?? 'an invisible character'}`;
}

export interface CharacterProblem {
  /** Index in the text, in UTF-16 code units. */
  readonly index: number;
  readonly message: string;
}

const overrides = /[\u202d\u202e]/g;
const hint =
  'it can make text read differently from how it is stored; delete it (it is invisible: retype the words around it)';

/**
 * Direction controls in one field or paragraph: overrides are always refused; an embedding (U+202A, U+202B)
 * must be closed by U+202C and an isolate (U+2066–U+2068) by U+2069 within the same text.
 */
export function directionProblems(text: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  for (const match of text.matchAll(overrides)) {
    problems.push({ index: match.index, message: `holds ${codePointName(match[0])}; ${hint}` });
  }
  const open: { character: string; index: number }[] = [];
  for (const match of text.matchAll(/[\u202a-\u202e\u2066-\u2069]/g)) {
    const character = match[0];
    if (character === '\u202c' || character === '\u2069') {
      const opener = character === '\u202c' ? /[\u202a-\u202e]/ : /[\u2066-\u2068]/;
      const last = open.at(-1);
      if (last && opener.test(last.character)) open.pop();
      else
        problems.push({
          index: match.index,
          message: `holds ${codePointName(character)} with nothing to close; ${hint}`,
        });
    } else {
      open.push({ character, index: match.index });
    }
  }
  for (const { character, index } of open) {
    if (character === '\u202d' || character === '\u202e') continue; // reported above
    problems.push({
      index,
      message: `holds ${codePointName(character)} that is never closed in the same text; ${hint}`,
    });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/**
 * The direction problems of a text of several paragraphs (an MDX body), each paragraph checked on its own,
 * with the line and column (1-based) of each.
 */
export function paragraphDirectionProblems(
  text: string,
): { line: number; column: number; message: string }[] {
  const problems: { line: number; column: number; message: string }[] = [];
  let lineOfParagraph = 1;
  for (const paragraph of text.split(/(?<=\n)[^\S\n]*\r?\n/)) {
    for (const { index, message } of directionProblems(paragraph)) {
      const before = paragraph.slice(0, index).split('\n');
      problems.push({
        line: lineOfParagraph + before.length - 1,
        column: (before.at(-1)?.length ?? 0) + 1,
        message,
      });
    }
    lineOfParagraph += paragraph.split('\n').length;
  }
  return problems;
}

/** Invisible and format characters (Unicode Cf), controls and unusual spaces: never part of a name. */
export const invisibleCharacters =
  /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u180e\u3164\u115f\u1160]/gu;

/** The first invisible or format character in an id or a file name, as words for the editor. */
export function invisibleInName(name: string): string | undefined {
  const found = name.match(invisibleCharacters);
  const character = found?.[0];
  return character
    ? `holds ${codePointName(character)}, an invisible character, in a name; retype the name using lower-case letters, digits and hyphens`
    : undefined;
}
