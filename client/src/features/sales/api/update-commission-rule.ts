import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdateCommissionRuleBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdateCommissionRule (PUT /api/v1/sales/commission-rules/{id}); a stale version is 409. */
export function useUpdateCommissionRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCommissionRuleBody }) =>
      unwrap(api.PUT('/api/v1/sales/commission-rules/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.commissionRules() });
      void client.invalidateQueries({ queryKey: ['sales', 'commissions'] });
    },
  });
}
