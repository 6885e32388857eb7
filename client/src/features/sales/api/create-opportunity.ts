import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateOpportunityBody } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** CreateOpportunity (POST /api/v1/sales/opportunities): in the first open stage of the (default) pipeline. */
export function useCreateOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOpportunityBody) => unwrap(api.POST('/api/v1/sales/opportunities', { body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.opportunity(saved.id), saved);
      dealsChanged(client);
    },
  });
}
