import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnyDetails, EntityKind, UpdateAccountBody, UpdateContactBody } from '../model/types';
import { customerKeys } from './keys';

/** UpdateContact / UpdateAccount (PUT /api/v1/customers/{kind}/{id}); a stale version answers 409 with `current`. */
export function updateRecord(kind: EntityKind, id: string, body: UpdateContactBody | UpdateAccountBody): Promise<AnyDetails> {
  const params = { path: { id } };
  return kind === 'contacts'
    ? unwrap(api.PUT('/api/v1/customers/contacts/{id}', { params, body: body as UpdateContactBody }))
    : unwrap(api.PUT('/api/v1/customers/accounts/{id}', { params, body: body as UpdateAccountBody }));
}

export function useUpdateRecord(kind: EntityKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContactBody | UpdateAccountBody) => updateRecord(kind, id, body),
    onSuccess: (saved) => {
      client.setQueryData(customerKeys.record(kind, id), saved);
      void client.invalidateQueries({ queryKey: customerKeys.kind(kind) });
    },
  });
}
