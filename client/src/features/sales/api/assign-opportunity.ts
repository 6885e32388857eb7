import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** AssignOpportunity (POST /api/v1/sales/opportunities/{id}/assign), sales.manage. */
export function useAssignOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ownerId: string; teamId?: string | null; version: number }) =>
      unwrap(api.POST('/api/v1/sales/opportunities/{id}/assign', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.opportunity(id), saved);
      dealsChanged(client);
    },
  });
}
