import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { LogInteractionBody } from '../model/types';

/** LogInteraction (POST /api/v1/customers/interactions): a call, mail or visit, shown on the timeline at once. */
export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogInteractionBody) => unwrap(api.POST('/api/v1/customers/interactions', { body })),
    // The contact's timeline and its account's (which includes its contacts') both gain the line.
    onSuccess: () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'customers' && q.queryKey.includes('timeline') }),
  });
}
