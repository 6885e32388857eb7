import { add, dec, mul, percentOf, round, sub, type Dec } from './decimal';

/** What a priced line is made of, as a form holds it (strings while typing, numbers from the API). */
export interface LineInput {
  quantity: number | string;
  unitPrice: number | string | null | undefined;
  discountPercent?: number | string | null | undefined;
  taxPercent?: number | string | null | undefined;
}

export interface LineAmounts {
  gross: Dec;
  discount: Dec;
  net: Dec;
  tax: Dec;
  total: Dec;
}

export interface DocumentTotals {
  subtotal: Dec;
  discountTotal: Dec;
  taxTotal: Dec;
  total: Dec;
}

/**
 * A line's amounts exactly as the API computes them (Crm.Sales.Domain.LineAmounts): gross = round(qty × price);
 * discount = round(gross × d% / 100); net = gross − discount; tax = round(net × t% / 100); total = net + tax.
 * Rounding is to cents, midpoint away from zero, at each amount a line produces.
 */
export function lineAmounts(line: LineInput): LineAmounts {
  const gross = round(mul(dec(line.quantity), dec(line.unitPrice ?? 0)));
  const discount = percentOf(gross, dec(line.discountPercent ?? 0));
  const net = sub(gross, discount);
  const tax = percentOf(net, dec(line.taxPercent ?? 0));
  return { gross, discount, net, tax, total: add(net, tax) };
}

/** A document's totals: plain sums of its lines' rounded amounts (subtotal is the sum of nets, as the API has it). */
export function documentTotals(lines: LineInput[]): DocumentTotals {
  const all = lines.map(lineAmounts);
  return {
    subtotal: add(...all.map((l) => l.net)),
    discountTotal: add(...all.map((l) => l.discount)),
    taxTotal: add(...all.map((l) => l.tax)),
    total: add(...all.map((l) => l.total)),
  };
}
