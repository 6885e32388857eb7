import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { TaskStatus } from '../model/types';
import { customerKeys } from './keys';

/** ChangeTaskStatus (PUT /api/v1/customers/tasks/{id}/status): complete or reopen a task. */
export function useChangeTaskStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: TaskStatus; version: number }) =>
      unwrap(api.PUT('/api/v1/customers/tasks/{id}/status', { params: { path: { id } }, body: { status, version } })),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: customerKeys.tasks() });
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes('timeline') });
    },
  });
}
