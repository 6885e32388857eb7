import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdateQuoteBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdateQuote (PUT /api/v1/sales/quotes/{id}): a draft's lines, validity and notes; the server computes the totals. */
export function useUpdateQuote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateQuoteBody) => unwrap(api.PUT('/api/v1/sales/quotes/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.quote(id), saved);
      void client.invalidateQueries({ queryKey: ['sales', 'quotes', 'list'] });
    },
  });
}
