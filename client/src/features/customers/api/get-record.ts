import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnyDetails, EntityKind } from '../model/types';
import { customerKeys } from './keys';

/** GetContact / GetAccount (GET /api/v1/customers/{kind}/{id}). */
export function getRecord(kind: EntityKind, id: string, signal?: AbortSignal): Promise<AnyDetails> {
  const params = { path: { id } };
  return kind === 'contacts'
    ? unwrap(api.GET('/api/v1/customers/contacts/{id}', { params, signal }))
    : unwrap(api.GET('/api/v1/customers/accounts/{id}', { params, signal }));
}

export const recordOptions = (kind: EntityKind, id: string) =>
  queryOptions({
    queryKey: customerKeys.record(kind, id),
    queryFn: ({ signal }) => getRecord(kind, id, signal),
    enabled: id !== '',
  });

export const useRecord = (kind: EntityKind, id: string) => useQuery(recordOptions(kind, id));
