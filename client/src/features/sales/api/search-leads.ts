import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { LeadStatus } from '../model/types';
import { salesKeys } from './keys';

export interface LeadQuery {
  q?: string | undefined;
  status?: LeadStatus | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  source?: string | undefined;
}

/** SearchLeads (GET /api/v1/sales/leads): the caller's visible leads, newest first, keyset-paged. */
export const searchLeadsOptions = (query: LeadQuery) =>
  infiniteQueryOptions({
    queryKey: salesKeys.leadList(query),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/sales/leads', { params: { query: { ...query, q: query.q || undefined, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useSearchLeads = (query: LeadQuery) => useInfiniteQuery(searchLeadsOptions(query));
