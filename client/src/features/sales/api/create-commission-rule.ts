import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateCommissionRuleBody } from '../model/types';
import { salesKeys } from './keys';

/** CreateCommissionRule (POST /api/v1/sales/commission-rules), sales.manage. */
export function useCreateCommissionRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommissionRuleBody) => unwrap(api.POST('/api/v1/sales/commission-rules', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.commissionRules() });
      void client.invalidateQueries({ queryKey: ['sales', 'commissions'] });
    },
  });
}
