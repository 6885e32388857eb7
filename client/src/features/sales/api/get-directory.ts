import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { salesKeys } from './keys';

/** Active staff and teams (GET /api/v1/platform/directory): owner and team names, filters and pickers. */
export const directoryOptions = () =>
  queryOptions({
    queryKey: salesKeys.directory(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/platform/directory', { signal })),
    staleTime: 5 * 60_000,
  });

export function useDirectory() {
  const query = useQuery(directoryOptions());
  const users = query.data?.users ?? [];
  const teams = query.data?.teams ?? [];
  return {
    ...query,
    users,
    teams,
    userName: (id?: string | null) => (id ? (users.find((u) => u.id === id)?.displayName ?? '') : ''),
    teamName: (id?: string | null) => (id ? (teams.find((t) => t.id === id)?.name ?? '') : ''),
  };
}
