import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateLeadBody } from '../model/types';
import { salesKeys } from './keys';

/** CreateLead (POST /api/v1/sales/leads): status new, owned by the caller unless a manager names another owner. */
export function useCreateLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLeadBody) => unwrap(api.POST('/api/v1/sales/leads', { body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.lead(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.leadLists() });
    },
  });
}
