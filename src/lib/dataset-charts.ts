/**
 * Which charts a dataset's table makes, and their geometry, computed once for the page and the MDX component:
 * a line over the years (the totals), bars by each other dimension (its latest year), and small multiples (one
 * line per value of a dimension with few values). Pure: labels and numbers in a language are the view model's.
 */
import { totalValue, type Count, type Dataset, type TableRow } from '../schemas/dataset.ts';

export type ChartKind = 'line' | 'bars' | 'multiples';

/** One chart of a dataset, as values of its table. */
export interface ChartSpec {
  /** Stable within a dataset, for the MDX component and anchors: "years", "by-<column>", "<column>-over-years". */
  readonly id: string;
  readonly kind: ChartKind;
  /** The dimension the bars or the panels are of; for the line, the year column. */
  readonly dimension: string;
  /** For bars of a table with years: the year shown. */
  readonly year?: string | undefined;
  /** The values along the axis: the years, or the dimension's values. */
  readonly categories: readonly string[];
  /** One series for a line or bars; one per panel for small multiples, keyed by the dimension's value. */
  readonly series: readonly { readonly key: string; readonly counts: readonly (Count | undefined)[] }[];
}

/** Small multiples are drawn for a dimension with at most this many values: more panels are not read. */
export const maxPanels = 6;

/** The values of a dimension in the table, without the total, in the order the metadata lists or sorted. */
function valuesOf(dataset: Dataset, rows: readonly TableRow[], column: string): string[] {
  const present = new Set(rows.map((row) => row.values[column]!).filter((value) => value !== totalValue));
  const declared = dataset.dimensions.find((d) => d.column === column)?.values?.map((v) => v.value);
  return declared ? declared.filter((value) => present.has(value)) : [...present].sort();
}

/** The count of the row with exactly these values (others at total), or undefined when the table lacks it. */
function countAt(
  dataset: Dataset,
  rows: readonly TableRow[],
  fixed: Readonly<Record<string, string>>,
): Count | undefined {
  const wanted = dataset.dimensions.map((d) => fixed[d.column] ?? totalValue);
  return rows.find((row) => dataset.dimensions.every((d, i) => row.values[d.column] === wanted[i]))?.count;
}

/** The charts a table makes, in reading order. */
export function datasetCharts(dataset: Dataset, rows: readonly TableRow[]): ChartSpec[] {
  const year = dataset.dimensions.find((d) => d.kind === 'year')?.column;
  const years = year ? [...new Set(rows.map((row) => row.values[year]!))].sort() : [];
  const others = dataset.dimensions.filter((d) => d.column !== year).map((d) => d.column);
  const charts: ChartSpec[] = [];
  if (year && years.length > 1) {
    const counts = years.map((value) => countAt(dataset, rows, { [year]: value }));
    if (counts.some(Boolean))
      charts.push({
        id: 'years',
        kind: 'line',
        dimension: year,
        categories: years,
        series: [{ key: totalValue, counts }],
      });
  }
  for (const column of others) {
    const values = valuesOf(dataset, rows, column);
    if (values.length === 0) continue;
    const latest = [...years]
      .reverse()
      .find((y) => values.some((value) => countAt(dataset, rows, { [year!]: y, [column]: value })));
    const fixed = (value: string) => ({ ...(year && latest ? { [year]: latest } : {}), [column]: value });
    const counts = values.map((value) => countAt(dataset, rows, fixed(value)));
    if (counts.some(Boolean))
      charts.push({
        id: `by-${column}`,
        kind: 'bars',
        dimension: column,
        year: latest,
        categories: values,
        series: [{ key: totalValue, counts }],
      });
    if (year && years.length > 1 && values.length >= 2 && values.length <= maxPanels)
      charts.push({
        id: `${column}-over-years`,
        kind: 'multiples',
        dimension: column,
        categories: years,
        series: values.map((value) => ({
          key: value,
          counts: years.map((y) => countAt(dataset, rows, { [year]: y, [column]: value })),
        })),
      });
  }
  return charts;
}

/** The shown number of a count, or undefined for a suppressed or missing one. */
export const shown = (count: Count | undefined) => (count?.kind === 'shown' ? count.value : undefined);

/** A round top for an axis at or above `max`, and the step of its gridlines: 1, 2 or 5 times a power of ten. */
export function axisScale(max: number, lines = 4): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / lines;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return { top: Math.ceil(max / step) * step, step };
}

export interface Plot {
  readonly width: number;
  readonly height: number;
  /** Room at the start (reading edge) for the axis labels, and at the bottom for the categories. */
  readonly inset: {
    readonly start: number;
    readonly end: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly rtl: boolean;
}

export interface LineGeometry {
  /** Where each category sits across. */
  readonly xs: readonly number[];
  /** Where each point sits down; undefined for a suppressed or missing count. */
  readonly ys: readonly (number | undefined)[];
  /** The path of the line, broken where a count is not shown. */
  readonly path: string;
  readonly gridlines: readonly { readonly value: number; readonly y: number }[];
}

/** The positions of a line chart, its first category at the reading edge (the right, in right to left). */
export function lineGeometry(
  values: readonly (number | undefined)[],
  top: number,
  step: number,
  plot: Plot,
): LineGeometry {
  const { width, height, inset, rtl } = plot;
  const span = width - inset.start - inset.end;
  const along = (index: number) => (values.length === 1 ? span / 2 : (span * index) / (values.length - 1));
  const xs = values.map((_, index) =>
    rtl ? width - inset.start - along(index) : inset.start + along(index),
  );
  const bottom = height - inset.bottom;
  const y = (value: number) => bottom - ((bottom - inset.top) * value) / top;
  const ys = values.map((value) => (value === undefined ? undefined : y(value)));
  let path = '';
  let drawing = false;
  ys.forEach((point, index) => {
    if (point === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${round(xs[index]!)} ${round(point)}`;
    drawing = true;
  });
  const gridlines = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
    value: i * step,
    y: round(y(i * step)),
  }));
  return { xs: xs.map(round), ys: ys.map((v) => (v === undefined ? undefined : round(v))), path, gridlines };
}

export interface BarGeometry {
  readonly bars: readonly { readonly y: number; readonly x: number; readonly length: number }[];
  readonly row: number;
}

/** Horizontal bars, one per row, starting at the reading edge after the labels. */
export function barGeometry(values: readonly (number | undefined)[], top: number, plot: Plot): BarGeometry {
  const { width, inset, rtl } = plot;
  const row = 32;
  const span = width - inset.start - inset.end;
  const bars = values.map((value, index) => {
    const length = value === undefined ? 0 : round((span * value) / top);
    return { y: index * row, x: rtl ? width - inset.start - length : inset.start, length };
  });
  return { bars, row };
}

const round = (value: number) => Math.round(value * 10) / 10;
