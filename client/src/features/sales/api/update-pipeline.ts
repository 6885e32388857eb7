import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { UpdatePipelineBody } from '../model/types';
import { salesKeys } from './keys';

/** UpdatePipeline (PUT /api/v1/sales/pipelines/{id}): name, flags and the full stage list; stale version → 409. */
export function useUpdatePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePipelineBody }) =>
      unwrap(api.PUT('/api/v1/sales/pipelines/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: salesKeys.pipelines() });
      void client.invalidateQueries({ queryKey: salesKeys.opportunities() });
    },
  });
}
