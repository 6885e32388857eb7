import { describe, expect, it } from 'vitest';
import { attainmentFraction, chartData, gapToQuota, sortRows } from './forecast';
import type { ForecastRow, SalesForecast } from './types';

const row = (name: string, closedWon: number, weightedPipeline: number, quota: number | null = null): ForecastRow => ({
  key: name,
  name,
  openPipeline: 1000,
  weightedPipeline,
  bestCase: 800,
  committed: 600,
  closedWon,
  quota,
  attainmentPercent: quota ? (closedWon / quota) * 100 : null,
});

const forecast = (period: string, total: ForecastRow): SalesForecast => ({
  period,
  from: `${period}-01`,
  to: `${period}-28`,
  currency: 'USD',
  groupBy: 'Owner',
  rows: [],
  total,
});

describe('forecast chart data', () => {
  it('takes each period’s total row, in the periods’ order, skipping periods that have not answered', () => {
    const points = chartData(['2026-10', '2026-11', '2026-12'], [forecast('2026-10', row('Total', 100, 50)), undefined, forecast('2026-12', row('Total', 300, 70))], (p) => `P ${p}`);
    expect(points).toEqual([
      { period: '2026-10', label: 'P 2026-10', closedWon: 100, committed: 600, bestCase: 800, weightedPipeline: 50, openPipeline: 1000 },
      { period: '2026-12', label: 'P 2026-12', closedWon: 300, committed: 600, bestCase: 800, weightedPipeline: 70, openPipeline: 1000 },
    ]);
  });
});

describe('forecast table figures', () => {
  it('computes the gap to quota exactly and never below zero', () => {
    expect(gapToQuota({ quota: 1000.1, closedWon: 999.9 })).toBe(0.2);
    expect(gapToQuota({ quota: 500, closedWon: 900 })).toBe(0);
    expect(gapToQuota({ quota: null, closedWon: 900 })).toBeUndefined();
  });

  it('turns attainment percentages into fractions for progress bars', () => {
    expect(attainmentFraction(87.5)).toBe(0.875);
    expect(attainmentFraction(null)).toBeUndefined();
  });

  it('sorts rows by any figure, then by name', () => {
    const rows = [row('Bo', 100, 10), row('Ada', 100, 30), row('Cy', 200, 20)];
    expect(sortRows(rows, 'closedWon').map((r) => r.name)).toEqual(['Cy', 'Ada', 'Bo']);
    expect(sortRows(rows, 'weightedPipeline').map((r) => r.name)).toEqual(['Ada', 'Cy', 'Bo']);
  });
});
