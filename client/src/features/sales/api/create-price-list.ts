import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreatePriceListBody } from '../model/types';
import { salesKeys } from './keys';

/** CreatePriceList (POST /api/v1/sales/price-lists), sales.manage. */
export function useCreatePriceList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePriceListBody) => unwrap(api.POST('/api/v1/sales/price-lists', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: salesKeys.priceLists() }),
  });
}
