import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListQuotas (GET /api/v1/sales/quotas): the quotas inside a period (its months and quarters). */
export const quotasOptions = (period: string) =>
  queryOptions({
    queryKey: salesKeys.quotas(period),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/quotas', { params: { query: { period } }, signal })),
  });

export const useQuotas = (period: string) => useQuery(quotasOptions(period));
