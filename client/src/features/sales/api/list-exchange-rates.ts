import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListExchangeRates (GET /api/v1/sales/exchange-rates): the rate table, newest first per currency. */
export const exchangeRatesOptions = () =>
  queryOptions({
    queryKey: salesKeys.rates(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/exchange-rates', { signal })),
  });

export const useExchangeRates = () => useQuery(exchangeRatesOptions());
