import { describe, expect, it } from 'vitest';
import { actionFor, applyMove, canDrop, daysSince } from './board';
import type { OpportunitySummary, PipelineBoard } from './types';

const deal = (id: string, stageId: string, amount: number, closeDate: string, currency = 'USD'): OpportunitySummary => ({
  id,
  name: `Deal ${id}`,
  accountId: null,
  accountName: 'Acme',
  contactId: null,
  contactName: null,
  pipelineId: 'p',
  stageId,
  stageName: stageId,
  amount,
  currency,
  probability: stageId === 'qualify' ? 20 : 60,
  closeDate,
  status: 'Open',
  forecastCategory: 'Pipeline',
  nextStep: null,
  stageEnteredAt: '2026-11-01T00:00:00Z',
  ownerId: 'u',
  teamId: null,
  version: 3,
});

const board = (): PipelineBoard => ({
  pipelineId: 'p',
  name: 'Sales',
  currency: 'USD',
  stages: [
    {
      stageId: 'qualify',
      name: 'Qualify',
      position: 1,
      category: 'Open',
      probability: 20,
      count: 2,
      totalAmount: 1500,
      weightedAmount: 300,
      averageDaysInStage: 4.5,
      opportunities: [deal('a', 'qualify', 1000, '2026-12-01'), deal('b', 'qualify', 500, '2026-12-05', 'EUR')],
    },
    {
      stageId: 'propose',
      name: 'Propose',
      position: 2,
      category: 'Open',
      probability: 60,
      count: 1,
      totalAmount: 200,
      weightedAmount: 120,
      averageDaysInStage: null,
      opportunities: [deal('c', 'propose', 200, '2026-12-03')],
    },
    { stageId: 'won', name: 'Won', position: 3, category: 'Won', probability: 100, count: 0, totalAmount: 0, weightedAmount: 0, averageDaysInStage: null, opportunities: [] },
  ],
});

describe('board moves', () => {
  it('picks the request by the target stage’s category', () => {
    expect(actionFor('Open')).toBe('move');
    expect(actionFor('Won')).toBe('win');
    expect(actionFor('Lost')).toBe('lose');
  });

  it('only lets open deals go to another stage', () => {
    const card = deal('a', 'qualify', 1, '2026-12-01');
    expect(canDrop(card, { stageId: 'propose' })).toBe(true);
    expect(canDrop(card, { stageId: 'qualify' })).toBe(false);
    expect(canDrop({ ...card, status: 'Won' }, { stageId: 'propose' })).toBe(false);
  });

  it('moves the card, its counts and (same currency) its amounts, keeping the close-date order', () => {
    const next = applyMove(board(), 'a', 'propose', new Date('2026-11-23T10:00:00Z'));
    const [qualify, propose] = next.stages;
    expect(qualify!.opportunities.map((o) => o.id)).toEqual(['b']);
    expect(qualify!.count).toBe(1);
    expect(qualify!.totalAmount).toBe(500);
    expect(qualify!.weightedAmount).toBe(100);
    expect(propose!.opportunities.map((o) => o.id)).toEqual(['a', 'c']);
    expect(propose!.count).toBe(2);
    expect(propose!.totalAmount).toBe(1200);
    expect(propose!.weightedAmount).toBe(720);
    expect(propose!.opportunities[0]).toMatchObject({ stageId: 'propose', stageName: 'Propose', probability: 60, stageEnteredAt: '2026-11-23T10:00:00.000Z' });
  });

  it('leaves column totals to the server for a card in another currency', () => {
    const next = applyMove(board(), 'b', 'won');
    expect(next.stages[0]!.totalAmount).toBe(1500);
    expect(next.stages[2]!.count).toBe(1);
    expect(next.stages[2]!.totalAmount).toBe(0);
    expect(next.stages[2]!.opportunities[0]!.status).toBe('Won');
  });

  it('changes nothing for an unknown card or stage', () => {
    const before = board();
    expect(applyMove(before, 'zzz', 'propose')).toBe(before);
    expect(applyMove(before, 'a', 'zzz')).toBe(before);
  });

  it('counts whole days in stage', () => {
    expect(daysSince('2026-11-20T12:00:00Z', new Date('2026-11-23T11:00:00Z'))).toBe(2);
    expect(daysSince('2026-11-24T00:00:00Z', new Date('2026-11-23T00:00:00Z'))).toBe(0);
  });
});
