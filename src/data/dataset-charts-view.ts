/**
 * A dataset's charts as a page shows them, in the reader's language: titles, the text alternative, the same
 * figures as a table, the suppression rule, and the geometry the SVG draws (mirrored in right to left).
 */
import { dir, intlLocale, type Locale } from '../core/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import {
  axisScale,
  barGeometry,
  datasetCharts,
  lineGeometry,
  shown,
  type ChartKind,
  type ChartSpec,
  type Plot,
} from '../lib/dataset-charts.ts';
import { formatYearOrMonth } from '../lib/dates.ts';
import { inLocale } from '../lib/translations.ts';
import { totalValue, type Count, type Dataset } from '../schemas/dataset.ts';
import type { Catalog } from './catalog.ts';
import type { DatasetItem } from './dataset-tables.ts';

interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface LineDrawing {
  readonly width: number;
  readonly height: number;
  readonly path: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly values: readonly Label[];
  readonly categories: readonly Label[];
  readonly gridlines: readonly { readonly y: number; readonly label: Label }[];
  readonly start: number;
  readonly end: number;
}

export interface BarDrawing {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly { readonly x: number; readonly y: number; readonly length: number }[];
  readonly labels: readonly Label[];
  readonly values: readonly Label[];
}

export interface ChartView {
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** What the chart shows, in a sentence or two: its text alternative. */
  readonly description: string;
  /** The rule, stated beside every chart. */
  readonly rule: string;
  /** The same figures as a table: column headings, then a row per category. */
  readonly table: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly line?: LineDrawing | undefined;
  readonly bars?: BarDrawing | undefined;
  readonly panels?: readonly { readonly title: string; readonly line: LineDrawing }[] | undefined;
}

/** The dataset's rule in the reader's words: "Counts below 10 are shown as fewer than 10…". */
export function ruleText(dataset: Dataset, locale: Locale): string {
  const { t } = useTranslations(locale);
  const { minimum, rounding } = dataset.suppression;
  return [
    t('dataset.rule', { minimum, below: minimum - 1 }),
    ...(rounding ? [t('dataset.rounding', { base: rounding })] : []),
  ].join(' ');
}

/** The reader's words for a value of a dimension: a year, a group, a stage, a country, a category, a total. */
function valueLabeller(catalog: Catalog, dataset: Dataset, locale: Locale) {
  const { t } = useTranslations(locale);
  return (column: string, value: string): string => {
    if (value === totalValue) return t('dataset.total');
    const dimension = dataset.dimensions.find((d) => d.column === column);
    switch (dimension?.kind) {
      case 'year':
        return formatYearOrMonth(value, locale);
      case 'group':
        return inLocale(catalog.groups.get(value)?.data.label ?? { en: value }, locale);
      case 'theme':
        return inLocale(catalog.themes.get(value)?.data.label ?? { en: value }, locale);
      case 'country':
        return countryName(value, locale);
      default: {
        const label = dimension?.values?.find((v) => v.value === value)?.label;
        return label ? inLocale(label, locale) : value;
      }
    }
  };
}

const linePlot = (rtl: boolean): Plot => ({
  width: 640,
  height: 280,
  inset: { start: 72, end: 40, top: 28, bottom: 36 },
  rtl,
});
const panelPlot = (rtl: boolean): Plot => ({
  width: 320,
  height: 200,
  inset: { start: 64, end: 32, top: 24, bottom: 32 },
  rtl,
});
const barPlot = (rtl: boolean): Plot => ({
  width: 640,
  height: 0,
  inset: { start: 200, end: 120, top: 0, bottom: 0 },
  rtl,
});

/** The charts of a dataset, ready to render in `locale`. */
export function datasetChartViews(catalog: Catalog, item: DatasetItem, locale: Locale): ChartView[] {
  const { t } = useTranslations(locale);
  const { data } = item;
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'unit' });
  const rtl = dir(locale) === 'rtl';
  const label = valueLabeller(catalog, data, locale);
  const measure = inLocale(data.measure.label, locale);
  const dimensionLabel = (column: string) =>
    inLocale(data.dimensions.find((d) => d.column === column)?.label ?? { en: column }, locale);
  const inSentence = (column: string) => dimensionLabel(column).toLocaleLowerCase(intlLocale(locale));
  const rule = ruleText(data, locale);
  const yearColumn = data.dimensions.find((d) => d.kind === 'year')?.column ?? '';
  const cell = (count: Count | undefined) =>
    count === undefined
      ? t('dataset.notGiven')
      : count.kind === 'suppressed'
        ? t('dataset.suppressed', { minimum: data.suppression.minimum })
        : numbers.format(count.value);

  const drawLine = (
    spec: ChartSpec,
    axis: string,
    counts: readonly (Count | undefined)[],
    plot: Plot,
    top: number,
    step: number,
  ): LineDrawing => {
    const geometry = lineGeometry(counts.map(shown), top, step, plot);
    const anchorStart = plot.rtl ? plot.width - plot.inset.start + 8 : plot.inset.start - 8;
    return {
      width: plot.width,
      height: plot.height,
      path: geometry.path,
      start: plot.rtl ? plot.width - plot.inset.start : plot.inset.start,
      end: plot.rtl ? plot.inset.end : plot.width - plot.inset.end,
      points: geometry.ys.flatMap((y, i) => (y === undefined ? [] : [{ x: geometry.xs[i]!, y }])),
      values: counts.flatMap((count, i) => {
        const y = geometry.ys[i];
        return y === undefined || count === undefined
          ? []
          : [{ text: cell(count), x: geometry.xs[i]!, y: y - 10 }];
      }),
      categories: spec.categories.map((value, i) => ({
        text: label(axis, value),
        x: geometry.xs[i]!,
        y: plot.height - plot.inset.bottom + 22,
      })),
      gridlines: geometry.gridlines.map(({ value, y }) => ({
        y,
        label: { text: numbers.format(value), x: anchorStart, y: y + 4 },
      })),
    };
  };

  return datasetCharts(data, item.rows).map((spec): ChartView => {
    const series = spec.series[0]!;
    const max = Math.max(0, ...spec.series.flatMap((s) => s.counts.map((c) => shown(c) ?? 0)));
    const { top, step } = axisScale(max);
    if (spec.kind === 'line') {
      const points = spec.categories.flatMap((value, i) => {
        const n = shown(series.counts[i]);
        return n === undefined ? [] : [{ label: label(spec.dimension, value), n }];
      });
      const highest = points.reduce((a, b) => (b.n > a.n ? b : a), points[0]!);
      const first = points[0]!;
      const last = points.at(-1)!;
      return {
        id: spec.id,
        kind: 'line',
        title: t('dataset.chart.years', { measure }),
        description: t('dataset.alt.line', {
          measure,
          first: numbers.format(first.n),
          firstLabel: first.label,
          last: numbers.format(last.n),
          lastLabel: last.label,
          highest: numbers.format(highest.n),
          highestLabel: highest.label,
        }),
        rule,
        table: {
          columns: [dimensionLabel(spec.dimension), measure],
          rows: spec.categories.map((value, i) => [label(spec.dimension, value), cell(series.counts[i])]),
        },
        line: drawLine(spec, yearColumn, series.counts, linePlot(rtl), top, step),
      };
    }
    if (spec.kind === 'bars') {
      const plot = barPlot(rtl);
      const geometry = barGeometry(series.counts.map(shown), top, plot);
      const names = spec.categories.map((value) => label(spec.dimension, value));
      const year = spec.year ? label(yearColumn, spec.year) : undefined;
      return {
        id: spec.id,
        kind: 'bars',
        title: year
          ? t('dataset.chart.barsInYear', { measure, dimension: inSentence(spec.dimension), year })
          : t('dataset.chart.bars', { measure, dimension: inSentence(spec.dimension) }),
        description: t('dataset.alt.bars', {
          measure,
          dimension: inSentence(spec.dimension),
          values: list.format(names.map((name, i) => `${name} ${cell(series.counts[i])}`)),
        }),
        rule,
        table: {
          columns: [dimensionLabel(spec.dimension), measure],
          rows: names.map((name, i) => [name, cell(series.counts[i])]),
        },
        bars: {
          width: plot.width,
          height: geometry.row * names.length,
          bars: geometry.bars.map((bar) => ({ ...bar, y: bar.y + 8 })),
          labels: names.map((text, i) => ({
            text,
            x: rtl ? plot.width - 8 : 8,
            y: i * geometry.row + 21,
          })),
          values: geometry.bars.map((bar, i) => ({
            text: cell(series.counts[i]),
            x: rtl ? bar.x - 8 : bar.x + bar.length + 8,
            y: i * geometry.row + 21,
          })),
        },
      };
    }
    const panelNames = spec.series.map((s) => label(spec.dimension, s.key));
    return {
      id: spec.id,
      kind: 'multiples',
      title: t('dataset.chart.multiples', { measure, dimension: inSentence(spec.dimension) }),
      description: t('dataset.alt.multiples', {
        measure,
        dimension: inSentence(spec.dimension),
        values: list.format(panelNames),
      }),
      rule,
      table: {
        columns: [dimensionLabel(yearColumn), ...panelNames],
        rows: spec.categories.map((year, i) => [
          label(yearColumn, year),
          ...spec.series.map((s) => cell(s.counts[i])),
        ]),
      },
      panels: spec.series.map((s, i) => ({
        title: panelNames[i]!,
        line: drawLine(spec, yearColumn, s.counts, panelPlot(rtl), top, step),
      })),
    };
  });
}
