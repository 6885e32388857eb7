import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** SetPrice (PUT /api/v1/sales/price-lists/{id}/prices/{productId}): add or replace a product's unit price. */
export function useSetPrice(priceListId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, unitPrice }: { productId: string; unitPrice: number }) =>
      unwrap(
        api.PUT('/api/v1/sales/price-lists/{id}/prices/{productId}', { params: { path: { id: priceListId, productId } }, body: { unitPrice } }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.priceList(priceListId), saved);
      void client.invalidateQueries({ queryKey: salesKeys.priceLists(), exact: true });
    },
  });
}
