import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { EntityKind } from '../model/types';
import { customerKeys } from './keys';

/** DeleteContact / DeleteAccount (DELETE /api/v1/customers/{kind}/{id}?version=): a soft delete, restorable. */
export function deleteRecord(kind: EntityKind, id: string, version: number) {
  const params = { path: { id }, query: { version } };
  return kind === 'contacts'
    ? unwrap(api.DELETE('/api/v1/customers/contacts/{id}', { params }))
    : unwrap(api.DELETE('/api/v1/customers/accounts/{id}', { params }));
}

export function useDeleteRecord(kind: EntityKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteRecord(kind, id, version),
    onSuccess: () => client.invalidateQueries({ queryKey: customerKeys.kind(kind) }),
  });
}
