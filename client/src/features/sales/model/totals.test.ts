import { describe, expect, it } from 'vitest';
import { dec, round, toFixed } from './decimal';
import { documentTotals, lineAmounts } from './totals';

const fixed = (l: ReturnType<typeof lineAmounts>) => ({
  gross: toFixed(l.gross),
  discount: toFixed(l.discount),
  net: toFixed(l.net),
  tax: toFixed(l.tax),
  total: toFixed(l.total),
});

describe('quote line amounts (as Crm.Sales.Domain.LineAmounts computes them)', () => {
  it('takes the discount off the gross, then the tax on the net', () => {
    expect(fixed(lineAmounts({ quantity: 3, unitPrice: 100, discountPercent: 10, taxPercent: 20 }))).toEqual({
      gross: '300.00',
      discount: '30.00',
      net: '270.00',
      tax: '54.00',
      total: '324.00',
    });
  });

  it('rounds each amount to cents, midpoint away from zero (2.345 → 2.35), where binary floats would not', () => {
    // 1.005 × 1 = 1.005 → 1.01 (Math.round(1.005 * 100) / 100 gives 1.00).
    expect(toFixed(lineAmounts({ quantity: 1, unitPrice: '1.005' }).gross)).toBe('1.01');
    // gross 0.7 × 1.5 = 1.05; 5% of 1.05 = 0.0525 → 0.05; net 1.00; 7.5% of 1.00 = 0.075 → 0.08.
    expect(fixed(lineAmounts({ quantity: '1.5', unitPrice: '0.7', discountPercent: 5, taxPercent: '7.5' }))).toEqual({
      gross: '1.05',
      discount: '0.05',
      net: '1.00',
      tax: '0.08',
      total: '1.08',
    });
  });

  it('keeps fractional quantities and percentages exact (4 places)', () => {
    // 2.3333 × 19.99 = 46.642667 → 46.64; 12.5% = 5.83; net 40.81; 13% = 5.3053 → 5.31.
    expect(fixed(lineAmounts({ quantity: '2.3333', unitPrice: '19.99', discountPercent: '12.5', taxPercent: 13 }))).toEqual({
      gross: '46.64',
      discount: '5.83',
      net: '40.81',
      tax: '5.31',
      total: '46.12',
    });
  });

  it('treats a line still being typed (empty fields) as zero rather than failing', () => {
    expect(fixed(lineAmounts({ quantity: '', unitPrice: null, discountPercent: '', taxPercent: undefined }))).toEqual({
      gross: '0.00',
      discount: '0.00',
      net: '0.00',
      tax: '0.00',
      total: '0.00',
    });
  });
});

describe('document totals', () => {
  it('sums the lines’ rounded amounts; the subtotal is the sum of nets', () => {
    const totals = documentTotals([
      { quantity: 1, unitPrice: '0.125', taxPercent: 0 }, // 0.13
      { quantity: 1, unitPrice: '0.125', taxPercent: 0 }, // 0.13 (rounding the sum instead would give 0.25)
      { quantity: 2, unitPrice: 50, discountPercent: 10, taxPercent: 10 }, // gross 100, disc 10, net 90, tax 9
    ]);
    expect(toFixed(totals.subtotal)).toBe('90.26');
    expect(toFixed(totals.discountTotal)).toBe('10.00');
    expect(toFixed(totals.taxTotal)).toBe('9.00');
    expect(toFixed(totals.total)).toBe('99.26');
  });

  it('of no lines is zero', () => {
    expect(toFixed(documentTotals([]).total)).toBe('0.00');
  });
});

describe('decimal', () => {
  it('rounds negative midpoints away from zero too', () => {
    expect(toFixed(round(dec('-2.345')))).toBe('-2.35');
    expect(toFixed(round(dec('-2.344')))).toBe('-2.34');
  });

  it('reads exponent notation and ignores garbage', () => {
    expect(toFixed(dec(1e-7), 8)).toBe('0.00000010');
    expect(toFixed(dec('abc'))).toBe('0.00');
  });
});
