import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ForecastRow, SalesForecast } from '../../model/types';
import { renderWithApp, signIn, stubGet } from '../../testing/render';
import { ForecastView } from './forecast-view';

const row = (key: string | null, name: string | null, figures: Partial<ForecastRow>): ForecastRow => ({
  key,
  name,
  openPipeline: 0,
  weightedPipeline: 0,
  bestCase: 0,
  committed: 0,
  closedWon: 0,
  quota: null,
  attainmentPercent: null,
  ...figures,
});

const forecast = (period: string, groupBy: 'Owner' | 'Team'): SalesForecast => ({
  period,
  from: '2026-10-01',
  to: '2026-12-31',
  currency: 'USD',
  groupBy,
  rows:
    groupBy === 'Owner'
      ? [
          row('u-li', 'Li Na', { openPipeline: 50000, weightedPipeline: 21250.5, bestCase: 30000, committed: 17500, closedWon: 17500, quota: 20000, attainmentPercent: 87.5 }),
          row('u-me', 'Me Myself', { openPipeline: 12000, weightedPipeline: 3000, bestCase: 8000, committed: 8000, closedWon: 8000 }),
        ]
      : [row(null, null, { openPipeline: 62000, closedWon: 25500 })],
  total: row(null, 'Total', { openPipeline: 62000, weightedPipeline: 24250.5, bestCase: 38000, committed: 25500, closedWon: 25500, quota: 20000, attainmentPercent: 127.5 }),
});

let get: ReturnType<typeof stubGet>;
const forecastCalls = () =>
  (get.mock.calls as unknown as [string, { params: { query: { period: string; groupBy: string } } }][])
    .filter(([path]) => path === '/api/v1/sales/forecast')
    .map(([, init]) => init.params.query);

beforeEach(() => {
  signIn(['sales.read']);
  get = stubGet((path, init) => {
    if (path === '/api/v1/sales/pipelines') return [];
    if (path === '/api/v1/sales/forecast') {
      const q = (init as { params: { query: { period: string; groupBy: 'Owner' | 'Team' } } }).params.query;
      return forecast(q.period, q.groupBy);
    }
    return undefined;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('ForecastView', () => {
  it('asks for the period with the one before and the two after, and breaks the period down by owner', async () => {
    renderWithApp(<ForecastView />, { path: '/sales/forecast?period=2026-Q4' });

    const table = await screen.findByRole('table', { name: 'Forecast for Q4 2026' });
    expect(forecastCalls().map((q) => q.period).sort()).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(forecastCalls().every((q) => q.groupBy === 'Owner')).toBe(true);

    const li = within(table).getByRole('row', { name: /Li Na/ });
    const cells = within(li).getAllByRole('cell').map((c) => c.textContent);
    // Closed won, committed, best case, weighted, open, quota, left to quota, attainment.
    // Whole units on the dashboard (cents are noise here): 21,250.50 shows as $21,251.
    expect(cells.slice(0, 7)).toEqual(['$17,500', '$17,500', '$30,000', '$21,251', '$50,000', '$20,000', '$2,500']);
    expect(within(li).getByRole('meter', { name: 'Attainment of Li Na' })).toHaveAttribute('aria-valuetext', '87.5%');
    expect(within(table).getByRole('row', { name: /Me Myself/ })).toHaveTextContent('No quota');

    const total = within(table).getByRole('row', { name: /^Total/ });
    expect(total).toHaveTextContent('$25,500');
    expect(total).toHaveTextContent('$24,251');
    expect(total).toHaveTextContent('127.5%');
    // Beyond quota, nothing is left to win.
    expect(within(total).getAllByRole('cell')[6]).toHaveTextContent('$0');

    // The summary above the chart: each figure of the period's total.
    const summary = screen.getByLabelText('Forecast totals for Q4 2026');
    expect(summary).toHaveTextContent('Closed won$25,500');
    expect(summary).toHaveTextContent('Attainment127.5%');
  });

  it('sorts the rows by the figure a manager picks', async () => {
    const user = userEvent.setup();
    renderWithApp(<ForecastView />, { path: '/sales/forecast?period=2026-Q4' });
    const table = await screen.findByRole('table', { name: 'Forecast for Q4 2026' });
    const names = () => within(table).getAllByRole('row').slice(1, -1).map((r) => within(r).getByRole('rowheader').textContent);
    expect(names()).toEqual(['Li Na', 'Me Myself']);
    await user.click(within(table).getByRole('button', { name: 'Sort by Open pipeline' }));
    expect(within(table).getByRole('columnheader', { name: /Open pipeline/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('groups by team and steps to the next period through the URL', async () => {
    const user = userEvent.setup();
    renderWithApp(<ForecastView />, { path: '/sales/forecast?period=2026-Q4' });
    await screen.findByRole('table', { name: 'Forecast for Q4 2026' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Team');
    const table = await screen.findByRole('table', { name: 'Forecast for Q4 2026' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /No team/ })).toBeInTheDocument());
    expect(forecastCalls().some((q) => q.groupBy === 'Team')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next period' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('period=2027-Q1'));
    expect(await screen.findByRole('table', { name: 'Forecast for Q1 2027' })).toBeInTheDocument();
  });
});
