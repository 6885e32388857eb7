import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { ClassificationEntry, EntityKind, Page } from '../model/types';
import { customerKeys } from './keys';

/** GetContactClassificationHistory / GetAccountClassificationHistory: every tier, stage and relationship change, newest first. */
export const classificationHistoryOptions = (kind: EntityKind, id: string) =>
  infiniteQueryOptions({
    queryKey: customerKeys.classification(kind, id),
    queryFn: ({ pageParam, signal }): Promise<Page<ClassificationEntry>> => {
      const params = { path: { id }, query: { cursor: pageParam, limit: 20 } };
      return kind === 'contacts'
        ? unwrap(api.GET('/api/v1/customers/contacts/{id}/classification-history', { params, signal }))
        : unwrap(api.GET('/api/v1/customers/accounts/{id}/classification-history', { params, signal }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useClassificationHistory = (kind: EntityKind, id: string) => useInfiniteQuery(classificationHistoryOptions(kind, id));
