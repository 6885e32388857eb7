import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateQuoteBody } from '../model/types';
import { salesKeys } from './keys';

/** CreateQuote (POST /api/v1/sales/quotes): a draft for an open deal; without lines, the deal's products are quoted. */
export function useCreateQuote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuoteBody) => unwrap(api.POST('/api/v1/sales/quotes', { body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.quote(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.quotes() });
    },
  });
}
