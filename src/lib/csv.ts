/**
 * Reads CSV (RFC 4180: commas, double quotes, CRLF or LF) keeping where each cell starts, so that a check can
 * name the line and column of a cell, and a build and the editor read a table the same way.
 */

export interface CsvCell {
  readonly value: string;
  /** The line of the file the cell starts on, from 1. */
  readonly line: number;
  /** The character column of the file the cell starts at, from 1. */
  readonly column: number;
}

export interface CsvRow {
  /** The line the row starts on. */
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

export type CsvResult =
  { readonly rows: CsvRow[] } | { readonly problem: { line: number; column: number; message: string } };

/** The rows of a CSV text; blank lines are skipped. A quote left open is a problem at the quote. */
export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: CsvCell[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  let rowLine = 1;
  const endRow = () => {
    const blank = cells.length === 1 && cells[0]!.value === '';
    if (!blank) rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (index <= text.length) {
    const cellLine = line;
    const column = index - lineStart + 1;
    let value = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length)
          return {
            problem: {
              line: cellLine,
              column,
              message:
                'has a quote (") that is never closed; close it, or write "" for a quote inside a cell',
            },
          };
        const char = text[index]!;
        if (char === '"' && text[index + 1] === '"') {
          value += '"';
          index += 2;
        } else if (char === '"') {
          index += 1;
          break;
        } else {
          if (char === '\n') {
            line += 1;
            lineStart = index + 1;
          }
          value += char;
          index += 1;
        }
      }
      const after = text[index];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r')
        return {
          problem: {
            line,
            column: index - lineStart + 1,
            message: 'has text after a closing quote; put the whole cell between quotes',
          },
        };
    } else {
      const end = text.slice(index).search(/[,\r\n]/);
      const stop = end === -1 ? text.length : index + end;
      value = text.slice(index, stop);
      index = stop;
    }
    cells.push({ value, line: cellLine, column });
    const separator = text[index];
    if (separator === ',') {
      index += 1;
      continue;
    }
    endRow();
    if (separator === '\r') index += 1;
    if (text[index] === '\n') index += 1;
    if (index >= text.length) break;
    line += 1;
    lineStart = index;
    rowLine = line;
  }
  return { rows };
}
