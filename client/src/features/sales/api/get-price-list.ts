import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** GetPriceList (GET /api/v1/sales/price-lists/{id}): a list with its prices by product code. */
export const priceListOptions = (id: string) =>
  queryOptions({
    queryKey: salesKeys.priceList(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/price-lists/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });

export const usePriceList = (id: string) => useQuery(priceListOptions(id));
