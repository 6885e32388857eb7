import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdateOpportunityBody } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** UpdateOpportunity (PUT /api/v1/sales/opportunities/{id}): fields other than stage, owner and lines; stale → 409. */
export function useUpdateOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOpportunityBody) => unwrap(api.PUT('/api/v1/sales/opportunities/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.opportunity(id), saved);
      dealsChanged(client);
    },
  });
}
