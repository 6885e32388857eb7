import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** ListCommissionRules (GET /api/v1/sales/commission-rules): every rule with its tiers. */
export const commissionRulesOptions = () =>
  queryOptions({
    queryKey: salesKeys.commissionRules(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales/commission-rules', { signal })),
  });

export const useCommissionRules = () => useQuery(commissionRulesOptions());
