import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetQuote (GET /api/v1/sales/quotes/{id}): a revision with its lines and the server's totals. */
export const quoteOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.quote(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/quotes/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });

export const useQuote = (id: string) => useQuery(quoteOptions(id));
