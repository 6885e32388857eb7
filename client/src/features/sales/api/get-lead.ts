import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetLead (GET /api/v1/sales/leads/{id}): a lead with its status history and version. */
export const leadOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.lead(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/leads/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });

export const useLead = (id: string) => useQuery(leadOptions(id));
