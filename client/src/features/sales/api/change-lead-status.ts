import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { LeadStatus } from '../model/types';
import { salesKeys } from './keys';

/** ChangeLeadStatus (POST /api/v1/sales/leads/{id}/status): working, qualified, or disqualified with a reason. */
export function useChangeLeadStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { status: LeadStatus; version: number; reason?: string | null }) =>
      unwrap(api.POST('/api/v1/sales/leads/{id}/status', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.lead(id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.leadLists() });
    },
  });
}
