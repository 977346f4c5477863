import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axisScale, barGeometry, datasetCharts, lineGeometry } from '../../src/lib/dataset-charts.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { checkTable } from '../../src/validation/dataset-check.ts';

const plot = { width: 200, height: 100, inset: { start: 20, end: 20, top: 0, bottom: 0 }, rtl: false };

describe('datasetCharts', () => {
  it('makes a line of the totals, bars by each dimension in its latest year, and small multiples', () => {
    const dataset = datasetSchema.parse(parse(readFileSync('tests/fixtures/datasets/dataset.yaml', 'utf8')));
    const { rows } = checkTable(
      dataset,
      'year,group,stage,people\n2022,total,total,100\n2023,total,total,120\n2022,women-at-risk,total,40\n2022,domestic-workers,total,60\n2023,women-at-risk,total,[c]\n2023,domestic-workers,total,[c]\n',
      {},
    );
    const charts = datasetCharts(dataset, rows!);
    expect(charts.map((chart) => [chart.id, chart.kind, chart.year, chart.categories])).toEqual([
      ['years', 'line', undefined, ['2022', '2023']],
      ['by-group', 'bars', '2023', ['domestic-workers', 'women-at-risk']],
      ['group-over-years', 'multiples', undefined, ['2022', '2023']],
    ]);
    expect(charts[1]?.series[0]?.counts).toEqual([{ kind: 'suppressed' }, { kind: 'suppressed' }]);
    expect(charts[2]?.series.map((s) => s.counts[0])).toEqual([
      { kind: 'shown', value: 60 },
      { kind: 'shown', value: 40 },
    ]);
  });
});

describe('the geometry', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(axisScale(17_004)).toEqual({ top: 20_000, step: 5_000 });
    expect(axisScale(55)).toEqual({ top: 60, step: 20 });
    expect(axisScale(0)).toEqual({ top: 1, step: 1 });
  });

  it('breaks the line where a count is not shown, and mirrors it right to left', () => {
    const line = lineGeometry([10, undefined, 30, 40], 40, 10, plot);
    // A point alone between gaps is a move only: its dot is drawn, no line.
    expect(line.path).toBe('M20 75M126.7 25L180 0');
    expect(line.ys[1]).toBeUndefined();
    expect(lineGeometry([10, 20], 40, 10, { ...plot, rtl: true }).xs).toEqual([180, 20]);
  });

  it('starts bars at the reading edge', () => {
    expect(barGeometry([40, undefined], 40, plot).bars).toEqual([
      { y: 0, x: 20, length: 160 },
      { y: 32, x: 20, length: 0 },
    ]);
    expect(barGeometry([20], 40, { ...plot, rtl: true }).bars[0]).toEqual({ y: 0, x: 100, length: 80 });
  });
});
