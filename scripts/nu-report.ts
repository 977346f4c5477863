/** The Nu HTML Checker's JSON report (vnu.jar `--format json`) as `file:line:column message` lines. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fields we read of one message in vnu's report; a position spanning one line omits `firstLine`. */
interface VnuMessage {
  /** 'error', 'info' (a warning) or 'non-document-error' (a file that could not be read). */
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

export interface NuProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The report's errors, each at its start, with file paths relative to `cwd`, in file and position order. */
export function parseNuReport(json: string, cwd: string): NuProblem[] {
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => ({
      file: message.url?.startsWith('file:')
        ? relative(cwd, fileURLToPath(message.url))
        : (message.url ?? '-'),
      line: message.firstLine ?? message.lastLine ?? 0,
      column: message.firstColumn ?? message.lastColumn ?? 0,
      message: message.message,
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * One line per problem, grouped by message, the most frequent first. A template's mistake repeats on every
 * page that uses it: past `shown` places, a message says how many more there are instead of listing them.
 */
export function nuReportLines(problems: NuProblem[], shown = 5): string[] {
  const byMessage = [...Map.groupBy(problems, (problem) => problem.message)].sort(
    (a, b) => b[1].length - a[1].length,
  );
  return byMessage.flatMap(([message, places]) => [
    ...places.slice(0, shown).map((place) => `${place.file}:${place.line}:${place.column} ${message}`),
    ...(places.length > shown ? [`  … and ${places.length - shown} more: ${message}`] : []),
  ]);
}
