import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetOrder (GET /api/v1/sales/orders/{id}): an order with its frozen lines. */
export const orderOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.order(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/orders/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });

export const useOrder = (id: string) => useQuery(orderOptions(id));
