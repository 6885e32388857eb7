import { dec, sub, toNumber } from './decimal';
import type { ForecastRow, SalesForecast } from './types';

/** The five forecast figures, in the order a manager reads them: from what is banked to what is merely possible. */
export const measures = ['closedWon', 'committed', 'bestCase', 'weightedPipeline', 'openPipeline'] as const;
export type Measure = (typeof measures)[number];

export type ChartPoint = { period: string; label: string } & Record<Measure, number>;

/** One chart point per period (its total row), for the periods that have answered, in the periods' order. */
export function chartData(periods: string[], forecasts: (SalesForecast | undefined)[], label: (period: string) => string): ChartPoint[] {
  return periods.flatMap((period, index) => {
    const total = forecasts[index]?.total;
    if (!total) return [];
    const point = { period, label: label(period) } as ChartPoint;
    for (const m of measures) point[m] = Number(total[m]);
    return [point];
  });
}

/** What is still missing to reach the quota (never negative); undefined without a quota. */
export function gapToQuota(row: Pick<ForecastRow, 'quota' | 'closedWon'>): number | undefined {
  if (row.quota === null || row.quota === undefined) return undefined;
  const gap = sub(dec(row.quota), dec(row.closedWon));
  return gap > 0n ? toNumber(gap) : 0;
}

/** Attainment as a 0–1 fraction for progress bars (the API sends a percentage, or null without a quota). */
export const attainmentFraction = (percent: number | string | null | undefined) =>
  percent === null || percent === undefined ? undefined : Number(percent) / 100;

/** Rows ordered by a figure, largest first, ties by name; the API's own order is by closed won then weighted. */
export function sortRows<T extends ForecastRow>(rows: T[], by: Measure): T[] {
  return [...rows].sort((a, b) => Number(b[by]) - Number(a[by]) || (a.name ?? '').localeCompare(b.name ?? ''));
}
