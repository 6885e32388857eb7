import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateProductBody } from '../model/types';
import { salesKeys } from './keys';

/** CreateProduct (POST /api/v1/sales/products), sales.manage; a taken code is 409. */
export function useCreateProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProductBody) => unwrap(api.POST('/api/v1/sales/products', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: salesKeys.products() }),
  });
}
