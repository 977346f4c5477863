import { describe, expect, it } from 'vitest';
import {
  codePointName,
  directionProblems,
  invisibleInName,
  paragraphDirectionProblems,
} from '../../src/validation/characters.ts';
import { decodeFile, firstInvalidByte } from '../../src/validation/encoding.ts';

describe('directionProblems', () => {
  it('names the code point of an override, wherever it is', () => {
    expect(directionProblems('Invoice \u202egnp.exe\u202c')).toEqual([
      { index: 8, message: expect.stringMatching(/^holds U\+202E RIGHT-TO-LEFT OVERRIDE; .*delete it/) },
    ]);
    expect(directionProblems('a\u202db')[0]?.message).toContain('U+202D LEFT-TO-RIGHT OVERRIDE');
  });

  it('refuses embeddings and isolates left open, and closers with nothing to close', () => {
    expect(directionProblems('x \u2067y')).toEqual([
      { index: 2, message: expect.stringContaining('U+2067 RIGHT-TO-LEFT ISOLATE that is never closed') },
    ]);
    expect(directionProblems('x \u202ay')[0]?.message).toContain('U+202A LEFT-TO-RIGHT EMBEDDING');
    expect(directionProblems('x\u2069')[0]?.message).toContain('U+2069 POP DIRECTIONAL ISOLATE with nothing');
    expect(directionProblems('\u2066a\u202c\u2069')).toEqual([
      { index: 2, message: expect.stringContaining('U+202C POP DIRECTIONAL FORMATTING with nothing') },
    ]);
  });

  it('allows what right-to-left and mixed text needs', () => {
    for (const text of [
      'نص \u2067ISO 9001\u2069 و\u200fاتجاه \u200eHTML\u200e',
      'می\u200cخواهم ك\u200dـ',
      '\u202bمضمن\u202c \u2068nested \u2066a\u2069\u2069',
      'Upućivanje žrtava',
    ])
      expect(directionProblems(text)).toEqual([]);
  });

  it('checks each paragraph on its own, at its line and column', () => {
    expect(paragraphDirectionProblems('a\n\nb \u2066c\nd\u2069\n\ne\u2066\n\n\u2069')).toEqual([
      { line: 6, column: 2, message: expect.stringContaining('never closed') },
      { line: 8, column: 1, message: expect.stringContaining('nothing to close') },
    ]);
  });
});

describe('invisibleInName', () => {
  it.each([
    ['referral\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['refer\u00adral', 'U+00AD SOFT HYPHEN'],
    ['a\u200db', 'U+200D ZERO WIDTH JOINER'],
    ['a\u202eb', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a\u00a0b', 'U+00A0'],
    ['a\tb', 'U+0009'],
  ])('refuses %j, naming %s', (name, code) => {
    expect(invisibleInName(name)).toContain(code);
  });

  it('accepts plain names', () => {
    expect(invisibleInName('practices/en/roma-communities.mdx')).toBeUndefined();
  });

  it('names characters it has no name for by their code point', () => {
    expect(codePointName('\u{E0001}')).toBe('U+E0001 an invisible character');
  });
});

describe('decodeFile', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(
      parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
    );

  it('drops a byte-order mark, from bytes and from text', () => {
    expect(decodeFile(bytes([0xef, 0xbb, 0xbf], '---\n'))).toEqual({ text: '---\n' });
    expect(decodeFile('\uFEFF---\n')).toEqual({ text: '---\n' });
  });

  it('reports the line and column of the first byte that is not UTF-8, with a hint', () => {
    expect(decodeFile(bytes('---\ntitle: Caf', [0xe9], '\n---\n'))).toEqual({
      problem: {
        line: 2,
        column: 11,
        message: expect.stringMatching(/byte 0xE9 .*save it again with the encoding "UTF-8"/),
      },
    });
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidByte(bytes('ok č ', [0xc0, 0xaf]))).toBe(6);
    expect(firstInvalidByte(bytes([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidByte(bytes('ab', [0xe2, 0x82]))).toBe(2);
    expect(firstInvalidByte(bytes('Ženeva 😀'))).toBe(-1);
  });
});
