import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { OrderStatus } from '../model/types';
import { salesKeys } from './keys';

export interface OrderQuery {
  status?: OrderStatus | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  accountId?: string | undefined;
  contactId?: string | undefined;
}

/** SearchOrders (GET /api/v1/sales/orders): the caller's orders, newest placed first, keyset-paged. */
export const searchOrdersOptions = (query: OrderQuery) =>
  infiniteQueryOptions({
    queryKey: salesKeys.orderList(query),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/sales/orders', { params: { query: { ...query, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useSearchOrders = (query: OrderQuery) => useInfiniteQuery(searchOrdersOptions(query));
