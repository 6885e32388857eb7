import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetOpportunityStageHistory (GET /api/v1/sales/opportunities/{id}/stage-history): stays with days in each stage. */
export const stageHistoryOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.stageHistory(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/opportunities/{id}/stage-history', { params: { path: { id } }, signal })),
  });

export const useStageHistory = (id: string) => useQuery(stageHistoryOptions(id));
