import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListPipelines (GET /api/v1/sales/pipelines): every pipeline with its stages, default first. */
export const pipelinesOptions = () =>
  queryOptions({
    queryKey: salesKeys.pipelines(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/pipelines', { signal })),
    staleTime: 60_000,
  });

export const usePipelines = () => useQuery(pipelinesOptions());
