import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdatePriceListBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdatePriceList (PUT /api/v1/sales/price-lists/{id}): name, validity, default; the currency is fixed. */
export function useUpdatePriceList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePriceListBody }) =>
      unwrap(api.PUT('/api/v1/sales/price-lists/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.priceList(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.priceLists() });
    },
  });
}
