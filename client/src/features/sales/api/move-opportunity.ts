import { api, unwrap } from '@/api/client';

/**
 * MoveOpportunity (POST /api/v1/sales/opportunities/{id}/move): to another open stage of its pipeline. The board and
 * the record call it through useStageChange, which picks move, win or lose by the target stage's category.
 */
export const moveOpportunity = (id: string, stageId: string, version: number) =>
  unwrap(api.POST('/api/v1/sales/opportunities/{id}/move', { params: { path: { id } }, body: { stageId, version } }));
