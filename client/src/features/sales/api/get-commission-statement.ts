import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetCommissionStatement (GET /api/v1/sales/commissions/statements): a rep's attainment, rate and commission per order line. */
export const statementOptions = (period: string, userId?: string) =>
  queryOptions({
    queryKey: salesKeys.statement(period, userId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/commissions/statements', { params: { query: { period, userId } }, signal })),
    placeholderData: (previous) => previous,
  });

export const useCommissionStatement = (period: string, userId?: string) => useQuery(statementOptions(period, userId));
