import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { QuoteStatus } from '../model/types';
import { salesKeys } from './keys';

export interface QuoteQuery {
  opportunityId?: string | undefined;
  status?: QuoteStatus | undefined;
  ownerId?: string | undefined;
  latestOnly?: boolean | undefined;
}

/** SearchQuotes (GET /api/v1/sales/quotes): the caller's quotes, newest first, keyset-paged. */
export const searchQuotesOptions = (query: QuoteQuery) =>
  infiniteQueryOptions({
    queryKey: salesKeys.quoteList(query),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/sales/quotes', { params: { query: { ...query, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useSearchQuotes = (query: QuoteQuery) => useInfiniteQuery(searchQuotesOptions(query));
