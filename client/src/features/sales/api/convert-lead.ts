import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { ConvertLeadBody } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/**
 * ConvertLead (POST /api/v1/sales/leads/{id}/convert): contact (found by email or created), account for the company
 * (found by name or created) and optionally an opportunity, in one transaction.
 */
export function convertLead(id: string, body: ConvertLeadBody) {
  return unwrap(api.POST('/api/v1/sales/leads/{id}/convert', { params: { path: { id } }, body }));
}

export function useConvertLead(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConvertLeadBody) => convertLead(id, body),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: salesKeys.leads() });
      void client.invalidateQueries({ queryKey: ['customers'] });
      if (result.opportunityId) dealsChanged(client);
    },
  });
}
