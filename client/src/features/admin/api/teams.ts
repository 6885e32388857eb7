import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { components } from '@/api/generated/schema';

export const teamsOptions = queryOptions({
  queryKey: ['platform', 'teams'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/platform/teams', { params: { query: { limit: 200 } }, signal })),
});
export const useTeams = () => useQuery(teamsOptions);

export const useCreateTeam = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateTeam']) => unwrap(api.POST('/api/v1/platform/teams', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['platform'] }),
  });
};
