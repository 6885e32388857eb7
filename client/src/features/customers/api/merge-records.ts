import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnyDetails, EntityKind, MergeBody } from '../model/types';
import { customerKeys } from './keys';

/** MergeContacts / MergeAccounts (POST /api/v1/customers/{kind}/{survivorId}/merge): the duplicate is absorbed into the survivor. */
export function mergeRecords(kind: EntityKind, survivorId: string, body: MergeBody): Promise<AnyDetails> {
  const params = { path: { id: survivorId } };
  return kind === 'contacts'
    ? unwrap(api.POST('/api/v1/customers/contacts/{id}/merge', { params, body }))
    : unwrap(api.POST('/api/v1/customers/accounts/{id}/merge', { params, body }));
}

export function useMergeRecords(kind: EntityKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, body }: { survivorId: string; body: MergeBody }) => mergeRecords(kind, survivorId, body),
    onSuccess: (survivor) => {
      client.setQueryData(customerKeys.record(kind, survivor.id), survivor);
      void client.invalidateQueries({ queryKey: customerKeys.kind(kind) });
    },
  });
}
