import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** DeleteQuota (DELETE /api/v1/sales/quotas/{id}). */
export function useDeleteQuota() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/sales/quotas/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      for (const key of [['sales', 'quotas'], ['sales', 'forecast'], ['sales', 'commissions']]) void client.invalidateQueries({ queryKey: key });
    },
  });
}
