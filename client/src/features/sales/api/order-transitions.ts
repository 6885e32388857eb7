import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { OrderDetails } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

export type OrderStep = { action: 'fulfil' } | { action: 'cancel'; reason?: string };

/** FulfilOrder and CancelOrder (POST /api/v1/sales/orders/{id}/fulfil|cancel): a placed order's two ends. */
export function orderStep(id: string, version: number, step: OrderStep): Promise<OrderDetails> {
  const params = { path: { id } };
  return step.action === 'fulfil'
    ? unwrap(api.POST('/api/v1/sales/orders/{id}/fulfil', { params, body: { version } }))
    : unwrap(api.POST('/api/v1/sales/orders/{id}/cancel', { params, body: { version, reason: step.reason || null } }));
}

export function useOrderStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, step }: { id: string; version: number; step: OrderStep }) => orderStep(id, version, step),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.order(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.orders() });
      dealsChanged(client);
    },
  });
}
