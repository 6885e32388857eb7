import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { SetQuotaBody } from '../model/types';

/** SetQuota (PUT /api/v1/sales/quotas): a user's or team's quota for a month or quarter, in the company currency. */
export function useSetQuota() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetQuotaBody) => unwrap(api.PUT('/api/v1/sales/quotas', { body })),
    onSuccess: () => {
      for (const key of [['sales', 'quotas'], ['sales', 'forecast'], ['sales', 'commissions']]) void client.invalidateQueries({ queryKey: key });
    },
  });
}
