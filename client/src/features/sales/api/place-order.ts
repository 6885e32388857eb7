import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { PlaceOrderBody } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** PlaceOrder (POST /api/v1/sales/orders): from an accepted quote (quoteId) or directly; the lines are frozen. */
export function usePlaceOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlaceOrderBody) => unwrap(api.POST('/api/v1/sales/orders', { body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.order(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.orders() });
      void client.invalidateQueries({ queryKey: salesKeys.quotes() });
      dealsChanged(client);
    },
  });
}
