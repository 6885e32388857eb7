import { describe, expect, it } from 'vitest';
import { currentPeriod, isoDay, periodLabel, shiftPeriod } from './period';

describe('sales periods', () => {
  it('names the current month and quarter as the API writes them', () => {
    const day = new Date(Date.UTC(2026, 10, 23));
    expect(currentPeriod('month', day)).toBe('2026-11');
    expect(currentPeriod('quarter', day)).toBe('2026-Q4');
  });

  it('steps across year ends', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-Q1', -2)).toBe('2025-Q3');
  });

  it('labels months with Intl and quarters with the given template', () => {
    expect(periodLabel('2026-11', 'en', () => '')).toBe('Nov 2026');
    expect(periodLabel('2026-Q4', 'en', (q, y) => `Q${q} ${y}`)).toBe('Q4 2026');
  });

  it('gives ISO days in UTC', () => {
    expect(isoDay(30, new Date(Date.UTC(2026, 10, 23, 23, 59)))).toBe('2026-12-23');
  });
});
