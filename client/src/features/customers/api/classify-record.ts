import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnyDetails, ClassifyBody, EntityKind } from '../model/types';
import { customerKeys } from './keys';

/** ClassifyContact / ClassifyAccount (POST /api/v1/customers/{kind}/{id}/classification): tier, stage, relationship with a reason. */
export function classifyRecord(kind: EntityKind, id: string, body: ClassifyBody): Promise<AnyDetails> {
  const params = { path: { id } };
  return kind === 'contacts'
    ? unwrap(api.POST('/api/v1/customers/contacts/{id}/classification', { params, body }))
    : unwrap(api.POST('/api/v1/customers/accounts/{id}/classification', { params, body }));
}

export function useClassifyRecord(kind: EntityKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ClassifyBody) => classifyRecord(kind, id, body),
    onSuccess: (saved) => {
      client.setQueryData(customerKeys.record(kind, id), saved);
      void client.invalidateQueries({ queryKey: customerKeys.kind(kind) });
    },
  });
}
