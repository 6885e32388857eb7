import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetOpportunity (GET /api/v1/sales/opportunities/{id}): a deal with its lines, stage and version. */
export const opportunityOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.opportunity(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/opportunities/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });

export const useOpportunity = (id: string) => useQuery(opportunityOptions(id));
