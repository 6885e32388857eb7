import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** RemovePrice (DELETE /api/v1/sales/price-lists/{id}/prices/{productId}). */
export function useRemovePrice(priceListId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) =>
      unwrap(api.DELETE('/api/v1/sales/price-lists/{id}/prices/{productId}', { params: { path: { id: priceListId, productId } } })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.priceList(priceListId), saved);
      void client.invalidateQueries({ queryKey: salesKeys.priceLists(), exact: true });
    },
  });
}
