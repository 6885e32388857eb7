import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** Accounts and contacts matching a text (GET /api/v1/customers/search), for the customer pickers of a deal. */
export const searchCustomersOptions = (q: string) =>
  queryOptions({
    queryKey: salesKeys.customers(q),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/customers/search', { params: { query: { q, limit: 8 } }, signal })),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });

export const useSearchCustomers = (q: string) => useQuery(searchCustomersOptions(q));
