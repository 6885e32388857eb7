import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/problem';
import { actionFor, applyMove } from '../model/board';
import type { OpportunityDetails, PipelineBoard, StageCategory } from '../model/types';
import { dealsChanged } from './invalidate';
import { salesKeys } from './keys';
import { loseOpportunity } from './lose-opportunity';
import { moveOpportunity } from './move-opportunity';
import { winOpportunity } from './win-opportunity';

export interface StageChange {
  opportunityId: string;
  version: number;
  stageId: string;
  category: StageCategory;
  reason?: string | undefined;
}

const boards = ['sales', 'opportunities', 'board'] as const;

/**
 * Takes a deal to a stage with the request its category calls for (move, win, lose). Boards show the move at once
 * (optimistic) and roll back if the server refuses; a 409 (someone else changed the deal) reloads them instead.
 */
export function useStageChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ opportunityId, version, stageId, category, reason }: StageChange): Promise<OpportunityDetails> => {
      const action = actionFor(category);
      if (action === 'win') return winOpportunity(opportunityId, version, reason);
      if (action === 'lose') return loseOpportunity(opportunityId, version, reason ?? '');
      return moveOpportunity(opportunityId, stageId, version);
    },
    onMutate: async (change) => {
      await client.cancelQueries({ queryKey: boards });
      const snapshots = client.getQueriesData<PipelineBoard>({ queryKey: boards });
      client.setQueriesData<PipelineBoard>({ queryKey: boards }, (board) => (board ? applyMove(board, change.opportunityId, change.stageId) : board));
      return { snapshots };
    },
    onError: (error, _change, context) => {
      if (isApiError(error) && error.isConflict) {
        void client.invalidateQueries({ queryKey: boards });
        return;
      }
      for (const [key, data] of context?.snapshots ?? []) client.setQueryData(key, data);
    },
    onSuccess: (saved) => client.setQueryData(salesKeys.opportunity(saved.id), saved),
    onSettled: () => dealsChanged(client),
  });
}
