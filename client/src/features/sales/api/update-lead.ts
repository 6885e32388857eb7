import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdateLeadBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdateLead (PUT /api/v1/sales/leads/{id}): a stale version is 409 with `current`; a converted lead is read-only. */
export function useUpdateLead(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateLeadBody) => unwrap(api.PUT('/api/v1/sales/leads/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.lead(id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.leadLists() });
    },
  });
}
