import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { SetExchangeRateBody } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';

/** SetExchangeRate (POST /api/v1/sales/exchange-rates): a currency's rate to the company currency from a day on. */
export function useSetExchangeRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetExchangeRateBody) => unwrap(api.POST('/api/v1/sales/exchange-rates', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.rates() });
      dealsChanged(client);
    },
  });
}
