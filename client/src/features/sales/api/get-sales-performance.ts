import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetSalesPerformance (GET /api/v1/sales/reports/performance): per rep for a period — leads, conversion, wins, cycle, activity. */
export const performanceOptions = (period: string) =>
  queryOptions({
    queryKey: salesKeys.performance(period),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/reports/performance', { params: { query: { period } }, signal })),
    placeholderData: (previous) => previous,
  });

export const useSalesPerformance = (period: string) => useQuery(performanceOptions(period));
