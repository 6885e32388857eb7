import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { QuoteDetails } from '../model/types';
import { salesKeys } from './keys';

export type QuoteStep = { action: 'send' } | { action: 'accept' } | { action: 'reject'; reason?: string } | { action: 'revise'; validUntil?: string };

/**
 * SendQuote, AcceptQuote, RejectQuote and ReviseQuote (POST /api/v1/sales/quotes/{id}/send|accept|reject|revise):
 * the quote's life cycle, one hook because the editor offers whichever the status allows. Revise answers the new
 * draft revision (a different id).
 */
export function quoteStep(id: string, version: number, step: QuoteStep): Promise<QuoteDetails> {
  const params = { path: { id } };
  switch (step.action) {
    case 'send':
      return unwrap(api.POST('/api/v1/sales/quotes/{id}/send', { params, body: { version } }));
    case 'accept':
      return unwrap(api.POST('/api/v1/sales/quotes/{id}/accept', { params, body: { version } }));
    case 'reject':
      return unwrap(api.POST('/api/v1/sales/quotes/{id}/reject', { params, body: { version, reason: step.reason || null } }));
    case 'revise':
      return unwrap(api.POST('/api/v1/sales/quotes/{id}/revise', { params, body: { version, validUntil: step.validUntil || null } }));
  }
}

export function useQuoteStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, step }: { version: number; step: QuoteStep }) => quoteStep(id, version, step),
    onSuccess: (saved) => {
      client.setQueryData(salesKeys.quote(saved.id), saved);
      void client.invalidateQueries({ queryKey: salesKeys.quotes() });
    },
  });
}
