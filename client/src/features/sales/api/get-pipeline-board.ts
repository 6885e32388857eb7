import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

export interface BoardQuery {
  pipelineId?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/** GetPipelineBoard (GET /api/v1/sales/opportunities/board): stages with their deals, totals and average days in stage. */
export const boardOptions = (query: BoardQuery) =>
  queryOptions({
    queryKey: salesKeys.board(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/opportunities/board', { params: { query: { ...query, perStage: 100 } }, signal })),
  });

export const usePipelineBoard = (query: BoardQuery) => useQuery(boardOptions(query));
