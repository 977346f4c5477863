/**
 * The safety rules for a dataset's table, so that no published figure can identify a person: only the declared
 * columns, none that looks like a record about people; dimension values from the declared lists; counts that
 * are either 0, at least the minimum cell size (and a multiple of the rounding base), or the suppressed marker;
 * and no total that gives back a suppressed count. docs/safeguarding.md gives the reasons and sources.
 */
import { parseCsv, type CsvCell } from '../lib/csv.ts';
import {
  suppressedMarker,
  totalValue,
  type Count,
  type Dataset,
  type Dimension,
  type TableRow,
} from '../schemas/dataset.ts';
import { country } from '../schemas/common.ts';

/** A problem in a table: its line, the column the cell starts at, the column's heading, and what to do. */
export interface TableProblem {
  readonly line: number;
  readonly column: number;
  /** The heading of the cell's column, or "" for the file as a whole. */
  readonly cell: string;
  readonly message: string;
}

/**
 * What a table's values are checked against: the ids of the site's groups and stages of response (the editor
 * has them from its content context). Left out, those values are not checked.
 */
export interface TableContext {
  readonly groups?: ReadonlySet<string> | undefined;
  readonly themes?: ReadonlySet<string> | undefined;
}

/**
 * Headings that would hold records about people rather than counts: names, birth dates, identifiers, contact
 * details, free text, exact dates of events. Matched on the words of the heading.
 */
const personalColumns: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /name|surname|initials/, what: 'names' },
  { pattern: /birth|dob|(^|-)age-exact/, what: 'dates of birth' },
  {
    pattern: /(^|-)(id|ids|identifier|ref|reference|case|case-number|passport|nino|ssn|number)(-|$)/,
    what: 'identifiers',
  },
  { pattern: /e-?mail|phone|mobile|address|postcode|zip|street|location-exact/, what: 'contact details' },
  { pattern: /note|comment|description|story|narrative|text|remarks|details|free/, what: 'free text' },
  { pattern: /(^|-)(date|day|time|timestamp|when)(-|$)/, what: 'exact dates of events' },
];

/** An exact date (2023-04-17, 17/04/2023): a date of an event can point at a person. */
const exactDate = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})/;

/** The rule as a sentence, for the check's messages. */
function ruleOf(dataset: Dataset): string {
  const { minimum, rounding } = dataset.suppression;
  return `this dataset shows no count from 1 to ${minimum - 1}${rounding ? ` and rounds counts to multiples of ${rounding}` : ''}`;
}

/** The problems of a table against its dataset's rules, and its rows when it has none. */
export function checkTable(
  dataset: Dataset,
  csv: string,
  context: TableContext,
): { problems: TableProblem[]; rows?: TableRow[] } {
  const parsed = parseCsv(csv);
  if ('problem' in parsed) {
    const { line, column, message } = parsed.problem;
    return { problems: [{ line, column, cell: '', message }] };
  }
  const [header, ...body] = parsed.rows;
  if (!header)
    return {
      problems: [
        {
          line: 1,
          column: 1,
          cell: '',
          message: 'is empty; write a header line with the columns, then one line per count',
        },
      ],
    };
  const problems = headerProblems(dataset, header.cells);
  if (problems.length > 0) return { problems };

  const headings = header.cells.map((cell) => cell.value.trim());
  const dimensions = new Map(dataset.dimensions.map((d) => [d.column, d]));
  const rows: TableRow[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    if (row.cells.length !== headings.length) {
      problems.push({
        line: row.line,
        column: 1,
        cell: '',
        message: `has ${row.cells.length} cells but the header has ${headings.length}; give every line one cell per column`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    let count: Count | undefined;
    let countAt = 1;
    row.cells.forEach((cell, index) => {
      const heading = headings[index]!;
      const at = { line: cell.line, column: cell.column, cell: heading };
      const dimension = dimensions.get(heading);
      if (dimension) {
        const problem = valueProblem(dimension, cell.value.trim(), context);
        if (problem) problems.push({ ...at, message: problem });
        values[heading] = cell.value.trim();
      } else {
        const read = readCount(dataset, cell);
        if (typeof read === 'string') problems.push({ ...at, message: read });
        else {
          count = read;
          countAt = cell.column;
        }
      }
    });
    const key = JSON.stringify(dataset.dimensions.map((d) => values[d.column]));
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        line: row.line,
        column: 1,
        cell: '',
        message: `repeats the dimensions of line ${first}; give each combination one line`,
      });
    else seen.set(key, row.line);
    if (count) rows.push({ line: row.line, values, count, countAt });
  }
  if (problems.length > 0) return { problems };
  const revealing = totalProblems(dataset, rows);
  return revealing.length > 0 ? { problems: revealing } : { problems: [], rows };
}

function headerProblems(dataset: Dataset, cells: readonly CsvCell[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const declared = [...dataset.dimensions.map((d) => d.column), dataset.measure.column];
  const headings = cells.map((cell) => cell.value.trim());
  cells.forEach((cell, index) => {
    const heading = headings[index]!;
    const at = { line: cell.line, column: cell.column, cell: heading };
    const personal = personalColumns.find(({ pattern }) => pattern.test(heading.toLowerCase()));
    if (personal) {
      problems.push({
        ...at,
        message: `looks like a column of ${personal.what}, which are records about people; a dataset holds only counts by category: remove the column, and count people by group instead`,
      });
    } else if (!declared.includes(heading)) {
      problems.push({
        ...at,
        message: `is not a column of this dataset; the metadata declares ${declared.join(', ')}: add it as a dimension or remove it`,
      });
    } else if (headings.indexOf(heading) !== index) {
      problems.push({ ...at, message: 'is a heading the table has twice; give each column once' });
    }
  });
  const missing = declared.filter((column) => !headings.includes(column));
  if (missing.length > 0)
    problems.push({
      line: cells[0]?.line ?? 1,
      column: 1,
      cell: '',
      message: `lacks the column(s) ${missing.join(', ')} that the metadata declares; add them to the header`,
    });
  return problems;
}

/** Why a dimension's value is refused, or undefined when it is one the dimension may hold. */
function valueProblem(dimension: Dimension, value: string, context: TableContext): string | undefined {
  if (exactDate.test(value))
    return `'${value}' is an exact date; a date of an event can point at a person: count by year instead`;
  if (value === totalValue)
    return dimension.kind === 'year' ? 'may not be a total; years are never summed' : undefined;
  switch (dimension.kind) {
    case 'year':
      return /^\d{4}$/.test(value) ? undefined : `'${value}' is not a year; write it like 2023`;
    case 'group':
      return !context.groups || context.groups.has(value)
        ? undefined
        : `'${value}' is not a vulnerable group of the site; use the id of one in content/taxonomies/groups/, or "total"`;
    case 'theme':
      return !context.themes || context.themes.has(value)
        ? undefined
        : `'${value}' is not a stage of response of the site; use the id of one in content/taxonomies/themes/, or "total"`;
    case 'country':
      return country.safeParse(value).success
        ? undefined
        : `'${value}' is not a country code; use ISO 3166-1 alpha-2 in capitals (GB), or "total"`;
    case 'category': {
      const allowed = (dimension.values ?? []).map((v) => v.value);
      return allowed.includes(value)
        ? undefined
        : `'${value}' is not one of the values the metadata lists for ${dimension.column} (${allowed.join(', ')}, total); a table holds categories, never free text`;
    }
  }
}

/** A count cell read, or why it is refused. */
function readCount(dataset: Dataset, cell: CsvCell): Count | string {
  const value = cell.value.trim();
  const { minimum, rounding } = dataset.suppression;
  if (value === suppressedMarker) return { kind: 'suppressed' };
  if (!/^\d+$/.test(value))
    return `'${value}' is not a count; write a whole number without separators (1250), or ${suppressedMarker} for a suppressed cell`;
  const number = Number(value);
  if (number > 0 && number < minimum)
    return `is ${number}, below the minimum cell size of ${minimum}: ${ruleOf(dataset)}; write ${suppressedMarker} instead`;
  if (rounding && number % rounding !== 0)
    return `is ${number}, not a multiple of ${rounding}: ${ruleOf(dataset)}; round it to a multiple of ${rounding}`;
  return { kind: 'shown', value: number };
}

/**
 * Secondary suppression: for each dimension, the rows that differ only in it form a line of the table; when the
 * line has a shown total and exactly one suppressed cell, the total minus the shown cells gives that cell back.
 */
function totalProblems(dataset: Dataset, rows: readonly TableRow[]): TableProblem[] {
  const problems: TableProblem[] = [];
  for (const dimension of dataset.dimensions) {
    const others = dataset.dimensions.filter((d) => d !== dimension);
    const lines = new Map<string, TableRow[]>();
    for (const row of rows) {
      const key = JSON.stringify(others.map((d) => row.values[d.column]));
      lines.set(key, [...(lines.get(key) ?? []), row]);
    }
    for (const line of lines.values()) {
      const total = line.find((row) => row.values[dimension.column] === totalValue);
      if (total?.count.kind !== 'shown') continue;
      const parts = line.filter((row) => row !== total);
      const hidden = parts.filter((row) => row.count.kind === 'suppressed');
      if (hidden.length !== 1) continue;
      const shown = parts.filter((row) => row.count.kind === 'shown');
      const sum = shown.reduce((s, row) => s + (row.count.kind === 'shown' ? row.count.value : 0), 0);
      problems.push({
        line: total.line,
        column: total.countAt,
        cell: dataset.measure.column,
        message: `is a total that gives back the suppressed cell on line ${hidden[0]!.line}: ${total.count.value} minus the shown ${dimension.column} cells (${sum}) is ${total.count.value - sum}; suppress this total too, or a second cell of the line (the next smallest)`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
