import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListPriceLists (GET /api/v1/sales/price-lists): every list, default first, without prices. */
export const priceListsOptions = () =>
  queryOptions({
    queryKey: salesKeys.priceLists(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/price-lists', { signal })),
    staleTime: 60_000,
  });

export const usePriceLists = () => useQuery(priceListsOptions());
