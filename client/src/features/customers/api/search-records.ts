import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AnySummary, EntityKind, ListQuery, Page } from '../model/types';
import { customerKeys } from './keys';

const pageSize = 50;

/** One page of SearchContacts or SearchAccounts (GET /api/v1/customers/{kind}). */
export function searchRecords(kind: EntityKind, query: ListQuery, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<Page<AnySummary>> {
  if (kind === 'contacts') return unwrap(api.GET('/api/v1/customers/contacts', { params: { query: { ...query, cursor, limit } }, signal }));
  const accountQuery = { ...query };
  delete accountQuery.accountId;
  return unwrap(api.GET('/api/v1/customers/accounts', { params: { query: { ...accountQuery, cursor, limit } }, signal }));
}

/** The list pages, fetched one keyset cursor after another as the table scrolls. */
export const searchRecordsOptions = (kind: EntityKind, query: ListQuery) =>
  infiniteQueryOptions({
    queryKey: customerKeys.list(kind, query),
    queryFn: ({ pageParam, signal }) => searchRecords(kind, query, pageParam, pageSize, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useSearchRecords = (kind: EntityKind, query: ListQuery) => useInfiniteQuery(searchRecordsOptions(kind, query));

/** A few records matching a text, for pickers (the account of a contact, the other record of a merge). */
export const pickRecordsOptions = (kind: EntityKind, q: string) =>
  queryOptions({
    queryKey: customerKeys.picker(kind, q),
    queryFn: ({ signal }) => searchRecords(kind, { q }, undefined, 8, signal),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });

export const usePickRecords = (kind: EntityKind, q: string) => useQuery(pickRecordsOptions(kind, q));
