import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { components } from '@/api/generated/schema';

type CreateUser = components['schemas']['CreateUser'];
type UpdateUser = components['schemas']['UpdateUser'];
export interface UserFilter {
  q?: string;
  active?: boolean;
}

/** ListUsers, paged by cursor. */
export const useUsers = (filter: UserFilter) =>
  useInfiniteQuery({
    queryKey: ['platform', 'users', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/platform/users', { params: { query: { q: filter.q || undefined, active: filter.active, cursor: pageParam, limit: 50 } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const rolesOptions = queryOptions({
  queryKey: ['platform', 'roles'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/platform/roles', { params: { query: { limit: 200 } }, signal })),
});
export const useRoles = () => useQuery(rolesOptions);

const useInvalidateUsers = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['platform'] });
};

export const useCreateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (body: CreateUser) => unwrap(api.POST('/api/v1/platform/users', { body })), onSuccess: invalidate });
};

export const useUpdateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUser }) => unwrap(api.PUT('/api/v1/platform/users/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
};

export type UserAction = 'deactivate' | 'activate' | 'unlock';
export const useUserAction = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      unwrap(api.POST(`/api/v1/platform/users/{id}/${action}`, { params: { path: { id } } })),
    onSuccess: invalidate,
  });
};

export const useResetPassword = () =>
  useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/platform/users/{id}/reset-password', { params: { path: { id } }, body: { newPassword } })),
  });
