import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListProducts (GET /api/v1/sales/products): the catalogue by code, keyset-paged; q matches code or name. */
export const productsOptions = (q: string, active: boolean | undefined) =>
  infiniteQueryOptions({
    queryKey: salesKeys.productList(q, active),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/sales/products', { params: { query: { q: q || undefined, active, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

export const useProducts = (q: string, active?: boolean) => useInfiniteQuery(productsOptions(q, active));

/** A few active products matching a text, for the product picker of a line. */
export const pickProductsOptions = (q: string) =>
  queryOptions({
    queryKey: [...salesKeys.productList(q, true), 'pick'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/products', { params: { query: { q: q || undefined, active: true, limit: 10 } }, signal })),
    staleTime: 30_000,
  });

export const usePickProducts = (q: string) => useQuery(pickProductsOptions(q));
