import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { SalesGrouping } from '../model/types';
import { salesKeys } from './keys';

/**
 * GetForecast (GET /api/v1/sales/forecast): for one period, per owner or team, open pipeline, weighted, best case,
 * committed and closed won in the company currency, with quota and attainment, and the total.
 */
export const forecastOptions = (period: string, groupBy: SalesGrouping, pipelineId?: string) =>
  queryOptions({
    queryKey: salesKeys.forecast(period, groupBy, pipelineId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/forecast', { params: { query: { period, groupBy, pipelineId } }, signal })),
    placeholderData: (previous) => previous,
  });

export const useForecast = (period: string, groupBy: SalesGrouping, pipelineId?: string) => useQuery(forecastOptions(period, groupBy, pipelineId));

/** The forecasts of several periods at once (the chart's trend), one request each, cached per period. */
export const useForecasts = (periods: string[], groupBy: SalesGrouping, pipelineId?: string) =>
  useQueries({ queries: periods.map((period) => forecastOptions(period, groupBy, pipelineId)) });
