import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdateProductBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdateProduct (PUT /api/v1/sales/products/{id}): deactivate rather than delete; stale version → 409. */
export function useUpdateProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProductBody }) =>
      unwrap(api.PUT('/api/v1/sales/products/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.products() });
      void client.invalidateQueries({ queryKey: salesKeys.priceLists() });
    },
  });
}
