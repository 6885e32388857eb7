import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreatePipelineBody } from '../model/types';
import { salesKeys } from './keys';

/** CreatePipeline (POST /api/v1/sales/pipelines), sales.manage. */
export function useCreatePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePipelineBody) => unwrap(api.POST('/api/v1/sales/pipelines', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: salesKeys.pipelines() }),
  });
}
