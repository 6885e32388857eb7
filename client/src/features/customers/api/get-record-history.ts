import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AuditRecord, EntityKind, Page } from '../model/types';
import { customerKeys } from './keys';

/** GetContactHistory / GetAccountHistory: the audit trail of field changes, with who and when. */
export const recordHistoryOptions = (kind: EntityKind, id: string) =>
  infiniteQueryOptions({
    queryKey: customerKeys.history(kind, id),
    queryFn: ({ pageParam, signal }): Promise<Page<AuditRecord>> => {
      const params = { path: { id }, query: { cursor: pageParam, limit: 25 } };
      return kind === 'contacts'
        ? unwrap(api.GET('/api/v1/customers/contacts/{id}/history', { params, signal }))
        : unwrap(api.GET('/api/v1/customers/accounts/{id}/history', { params, signal }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useRecordHistory = (kind: EntityKind, id: string) => useInfiniteQuery(recordHistoryOptions(kind, id));
