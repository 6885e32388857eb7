import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnyDetails, EntityKind } from '../model/types';
import { customerKeys } from './keys';

/** RestoreContact / RestoreAccount (POST /api/v1/customers/{kind}/{id}/restore). */
export function restoreRecord(kind: EntityKind, id: string): Promise<AnyDetails> {
  const params = { path: { id } };
  return kind === 'contacts'
    ? unwrap(api.POST('/api/v1/customers/contacts/{id}/restore', { params }))
    : unwrap(api.POST('/api/v1/customers/accounts/{id}/restore', { params }));
}

export function useRestoreRecord(kind: EntityKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => restoreRecord(kind, id),
    onSuccess: (restored) => {
      client.setQueryData(customerKeys.record(kind, restored.id), restored);
      void client.invalidateQueries({ queryKey: customerKeys.kind(kind) });
    },
  });
}
