import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { OpportunityStatus } from '../model/types';
import { salesKeys } from './keys';

export interface OpportunityQuery {
  q?: string | undefined;
  status?: OpportunityStatus | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  pipelineId?: string | undefined;
  stageId?: string | undefined;
  accountId?: string | undefined;
  contactId?: string | undefined;
  closeFrom?: string | undefined;
  closeTo?: string | undefined;
}

/** SearchOpportunities (GET /api/v1/sales/opportunities): the caller's deals by close date, keyset-paged. */
export const searchOpportunitiesOptions = (query: OpportunityQuery) =>
  infiniteQueryOptions({
    queryKey: salesKeys.opportunityList(query),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/sales/opportunities', { params: { query: { ...query, q: query.q || undefined, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useSearchOpportunities = (query: OpportunityQuery) => useInfiniteQuery(searchOpportunitiesOptions(query));
