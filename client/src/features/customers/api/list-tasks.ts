import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { TaskQuery } from '../model/types';
import { customerKeys } from './keys';

/** ListTasks (GET /api/v1/customers/tasks): soonest due first; `due` is overdue, today, upcoming or none. */
export const listTasksOptions = (query: TaskQuery) =>
  infiniteQueryOptions({
    queryKey: customerKeys.taskList(query),
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/customers/tasks', { params: { query: { ...query, cursor: pageParam, limit: 50 } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useListTasks = (query: TaskQuery) => useInfiniteQuery(listTasksOptions(query));
