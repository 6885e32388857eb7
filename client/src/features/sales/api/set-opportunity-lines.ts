import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { OpportunityLineInput } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** SetOpportunityLines (PUT /api/v1/sales/opportunities/{id}/lines): the deal's amount becomes the lines' net total. */
export function useSetOpportunityLines(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { lines: OpportunityLineInput[]; version: number }) =>
      unwrap(api.PUT('/api/v1/sales/opportunities/{id}/lines', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.opportunity(id), saved);
      dealsChanged(client);
    },
  });
}
