import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** DeleteExchangeRate (DELETE /api/v1/sales/exchange-rates/{id}): the previous rate of the currency applies again. */
export function useDeleteExchangeRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/sales/exchange-rates/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.rates() });
      dealsChanged(client);
    },
  });
}
