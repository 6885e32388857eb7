import { add, dec, mul, round, sub, toNumber } from './decimal';
import type { OpportunitySummary, PipelineBoard, PipelineBoardStage, StageCategory } from './types';

/** Which request takes a deal to a stage: an open stage is a move; the won and lost stages close it (win / lose). */
export type StageAction = 'move' | 'win' | 'lose';

export const actionFor = (category: StageCategory): StageAction => (category === 'Won' ? 'win' : category === 'Lost' ? 'lose' : 'move');

/** Whether the card can be dropped on the stage at all: only open deals move, and never onto their own stage. */
export const canDrop = (card: Pick<OpportunitySummary, 'status' | 'stageId'>, stage: Pick<PipelineBoardStage, 'stageId'>) =>
  card.status === 'Open' && card.stageId !== stage.stageId;

/**
 * The board as it will look once the move lands, for the optimistic update: the card leaves its column and joins the
 * target (ordered by close date, as the server orders them), with the target's probability and status; counts follow.
 * Column totals are in the company currency — a card in that currency moves its amount across; others wait for the
 * server's figures (converting here would guess at the rate).
 */
export function applyMove(board: PipelineBoard, opportunityId: string, stageId: string, now = new Date()): PipelineBoard {
  const from = board.stages.find((s) => s.opportunities.some((o) => o.id === opportunityId));
  const to = board.stages.find((s) => s.stageId === stageId);
  const card = from?.opportunities.find((o) => o.id === opportunityId);
  if (!from || !to || !card || from === to) return board;
  const status = to.category === 'Won' ? 'Won' : to.category === 'Lost' ? 'Lost' : 'Open';
  const moved: OpportunitySummary = {
    ...card,
    stageId: to.stageId,
    stageName: to.name,
    probability: to.probability,
    status,
    stageEnteredAt: now.toISOString(),
  };
  const sameCurrency = card.currency === board.currency;
  const amount = dec(card.amount);
  const weightedOf = (probability: number) => round(mul(amount, dec(probability)) / 100n);
  return {
    ...board,
    stages: board.stages.map((s) => {
      if (s.stageId === from.stageId) {
        return {
          ...s,
          count: Math.max(0, s.count - 1),
          totalAmount: sameCurrency ? toNumber(sub(dec(s.totalAmount), amount)) : s.totalAmount,
          weightedAmount: sameCurrency ? toNumber(sub(dec(s.weightedAmount), weightedOf(Number(card.probability)))) : s.weightedAmount,
          opportunities: s.opportunities.filter((o) => o.id !== opportunityId),
        };
      }
      if (s.stageId === to.stageId) {
        return {
          ...s,
          count: s.count + 1,
          totalAmount: sameCurrency ? toNumber(add(dec(s.totalAmount), amount)) : s.totalAmount,
          weightedAmount: sameCurrency ? toNumber(add(dec(s.weightedAmount), weightedOf(Number(to.probability)))) : s.weightedAmount,
          opportunities: [...s.opportunities, moved].sort((a, b) => a.closeDate.localeCompare(b.closeDate) || a.id.localeCompare(b.id)),
        };
      }
      return s;
    }),
  };
}

/** Whole days since a moment (time in stage), never negative. */
export const daysSince = (iso: string, now = new Date()) => Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
