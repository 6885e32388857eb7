import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateAccountBody, CreateContactBody, EntityKind } from '../model/types';
import { customerKeys } from './keys';

/**
 * CreateContact / CreateAccount (POST /api/v1/customers/{kind}). A likely duplicate answers 409
 * `customers.possible_duplicates` with the candidates, unless the body says allowDuplicate.
 */
export function createRecord(kind: EntityKind, body: CreateContactBody | CreateAccountBody) {
  return kind === 'contacts'
    ? unwrap(api.POST('/api/v1/customers/contacts', { body: body as CreateContactBody }))
    : unwrap(api.POST('/api/v1/customers/accounts', { body: body as CreateAccountBody }));
}

export function useCreateRecord(kind: EntityKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContactBody | CreateAccountBody) => createRecord(kind, body),
    onSuccess: () => client.invalidateQueries({ queryKey: customerKeys.lists(kind) }),
  });
}
