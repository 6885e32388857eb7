import type { SensorContext } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { columnCoordinates } from './pipeline-board';

const rect = (left: number) => ({ left, top: 100, width: 200, height: 400, right: left + 200, bottom: 500 });

/** A board of three columns laid out left to right (given out of order, as the DOM may measure them). */
function context(over: string | null, stageOfActive = 's-1'): SensorContext {
  const rects = new Map([
    ['s-2', rect(220)],
    ['s-1', rect(0)],
    ['s-3', rect(440)],
  ]);
  return {
    droppableContainers: { getEnabled: () => [...rects.keys()].map((id) => ({ id })) },
    droppableRects: rects,
    over: over ? { id: over } : null,
    active: { id: 'card', data: { current: { stageId: stageOfActive } } },
    collisionRect: { width: 180, height: 90 },
  } as unknown as SensorContext;
}

const press = (code: string) => {
  let prevented = false;
  return { event: { code, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent, prevented: () => prevented };
};

describe('keyboard dragging on the board', () => {
  it('jumps to the next column to the right, centring the card on it', () => {
    const key = press('ArrowRight');
    expect(columnCoordinates(key.event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context('s-1') })).toEqual({ x: 230, y: 148 });
    expect(key.prevented()).toBe(true);
  });

  it('starts from the card’s own column before it is over any', () => {
    expect(columnCoordinates(press('ArrowRight').event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context(null, 's-2') })).toEqual({ x: 450, y: 148 });
  });

  it('goes left, and stays put at either end', () => {
    expect(columnCoordinates(press('ArrowLeft').event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context('s-2') })).toEqual({ x: 10, y: 148 });
    expect(columnCoordinates(press('ArrowLeft').event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context('s-1') })).toBeUndefined();
    expect(columnCoordinates(press('ArrowRight').event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context('s-3') })).toBeUndefined();
  });

  it('leaves other keys to the sensor (Space drops, Escape cancels)', () => {
    const key = press('ArrowDown');
    expect(columnCoordinates(key.event, { active: 'card', currentCoordinates: { x: 0, y: 0 }, context: context('s-1') })).toBeUndefined();
    expect(key.prevented()).toBe(false);
  });
});
