import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { SalesGrouping } from '../model/types';
import { salesKeys } from './keys';

/** GetAttainment (GET /api/v1/sales/quotas/attainment): closed won against quota per user or team for a period. */
export const attainmentOptions = (period: string, groupBy: SalesGrouping) =>
  queryOptions({
    queryKey: salesKeys.attainment(period, groupBy),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/quotas/attainment', { params: { query: { period, groupBy } }, signal })),
    placeholderData: (previous) => previous,
  });

export const useAttainment = (period: string, groupBy: SalesGrouping) => useQuery(attainmentOptions(period, groupBy));
