// The Nu HTML Checker's report read into file:line:column problems and printed grouped by message.
import { describe, expect, it } from 'vitest';
import { nuReportLines, parseNuReport, type NuProblem } from '../../scripts/nu-report.ts';

describe('parseNuReport', () => {
  const report = (messages: object[]) => JSON.stringify({ version: '26.9.27', messages });

  it('gives each error its file relative to the checkout, the line and column where it starts', () => {
    const json = report([
      {
        type: 'error',
        url: 'file:/work/site/dist/practices/group/domestic-workers/index.html',
        lastLine: 5,
        firstColumn: 1674,
        lastColumn: 1781,
        message: 'Stray start tag “script”.',
      },
      {
        type: 'error',
        url: 'file:/work/site/dist/about/index.html',
        firstLine: 3,
        lastLine: 4,
        firstColumn: 9,
        lastColumn: 2,
        message: 'Element “p” not allowed here.',
      },
    ]);
    expect(parseNuReport(json, '/work/site')).toEqual([
      { file: 'dist/about/index.html', line: 3, column: 9, message: 'Element “p” not allowed here.' },
      {
        file: 'dist/practices/group/domestic-workers/index.html',
        line: 5,
        column: 1674,
        message: 'Stray start tag “script”.',
      },
    ]);
  });

  it('decodes escaped file names and keeps a file it could not read, but drops warnings', () => {
    const json = report([
      { type: 'info', url: 'file:/site/dist/a.html', lastLine: 1, lastColumn: 1, message: 'A warning.' },
      { type: 'non-document-error', url: 'file:/site/dist/my%20page.html', message: 'File not found.' },
    ]);
    expect(parseNuReport(json, '/site')).toEqual([
      { file: 'dist/my page.html', line: 0, column: 0, message: 'File not found.' },
    ]);
  });
});

describe('nuReportLines', () => {
  const at = (file: string, message: string): NuProblem => ({ file, line: 1, column: 2, message });

  it('lists the most frequent message first, and how many more places beyond those shown', () => {
    const problems = [at('a.html', 'Rare.'), ...['a', 'b', 'c'].map((name) => at(`${name}.html`, 'Often.'))];
    expect(nuReportLines(problems, 2)).toEqual([
      'a.html:1:2 Often.',
      'b.html:1:2 Often.',
      '  … and 1 more: Often.',
      'a.html:1:2 Rare.',
    ]);
  });

  it('gives nothing for no problems', () => {
    expect(nuReportLines([])).toEqual([]);
  });
});
