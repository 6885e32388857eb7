import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** Accounts and contacts matching a search box's text at once (GET /api/v1/customers/search). */
export const searchCustomersOptions = (q: string) =>
  queryOptions({
    queryKey: ['customers', 'search', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/customers/search', { params: { query: { q } }, signal })),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });

export const useSearchCustomers = (q: string) => useQuery(searchCustomersOptions(q));
