import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateTaskBody } from '../model/types';
import { customerKeys } from './keys';

/** CreateTask (POST /api/v1/customers/tasks), optionally about a contact or an account. */
export function useCreateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => unwrap(api.POST('/api/v1/customers/tasks', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: customerKeys.tasks() });
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes('timeline') });
    },
  });
}
