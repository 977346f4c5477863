/**
 * Files as bytes to text: UTF-8 only, with a byte-order mark (Notepad writes one) dropped. A Windows-1252 or
 * Latin-1 export is reported at the line of its first byte that is not UTF-8, instead of published as mojibake.
 */

export interface EncodingProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The index of the first byte that does not start or continue a valid UTF-8 sequence; -1 if all do. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const [length, min, max] =
      lead < 0x80
        ? [1, 0, 0]
        : lead >= 0xc2 && lead <= 0xdf
          ? [2, 0x80, 0xbf]
          : lead === 0xe0
            ? [3, 0xa0, 0xbf]
            : lead === 0xed
              ? [3, 0x80, 0x9f]
              : lead >= 0xe1 && lead <= 0xef
                ? [3, 0x80, 0xbf]
                : lead === 0xf0
                  ? [4, 0x90, 0xbf]
                  : lead === 0xf4
                    ? [4, 0x80, 0x8f]
                    : lead >= 0xf1 && lead <= 0xf3
                      ? [4, 0x80, 0xbf]
                      : [0, 0, 0];
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const [low, high] = next === 1 ? [min, max] : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The text of a file, or where and why it is not UTF-8. A leading byte-order mark is dropped. */
export function decodeFile(content: string | Uint8Array): { text: string } | { problem: EncodingProblem } {
  if (typeof content === 'string') return { text: content.replace(/^\uFEFF/, '') };
  try {
    return { text: utf8.decode(content) };
  } catch {
    const bad = Math.max(0, firstInvalidByte(content));
    const before = content.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const column = lenient.decode(content.subarray(lineStart, bad)).replace(/^\uFEFF/, '').length + 1;
    const byte = (content[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        line,
        column,
        message: `is not saved as UTF-8 (byte 0x${byte} here is not UTF-8, so letters such as é or č would show as garbage); open the file and save it again with the encoding "UTF-8"`,
      },
    };
  }
}
