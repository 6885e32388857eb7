/**
 * Exact decimal arithmetic for money previews. The API sends amounts as JSON numbers (C# decimal) and computes the
 * authoritative totals; the screens preview them while a user types, so the preview must round exactly as the server
 * does (2 places, midpoint away from zero) — which binary floating point cannot (1.005 × 100 is 100.49999…).
 * Values are bigints scaled by 10^12: quantities (4 places) × prices (2) × percentages (4) stay exact.
 */
const SCALE = 12;
const ONE = 10n ** BigInt(SCALE);

export type Dec = bigint;

/** Parses a number or a decimal string ("12.5", "-3", "1e-7"); anything unreadable is 0. */
export function dec(value: number | string | null | undefined): Dec {
  if (value === null || value === undefined || value === '') return 0n;
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '0') : value.trim();
  if (/e/i.test(text)) {
    const n = Number(text);
    text = Number.isFinite(n) ? n.toFixed(SCALE) : '0';
  }
  const match = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return 0n;
  const whole = BigInt(match[2] || '0');
  const fraction = (match[3] ?? '').slice(0, SCALE).padEnd(SCALE, '0');
  const magnitude = whole * ONE + BigInt(fraction || '0');
  return match[1] === '-' ? -magnitude : magnitude;
}

export const add = (...values: Dec[]): Dec => values.reduce((a, b) => a + b, 0n);
export const sub = (a: Dec, b: Dec): Dec => a - b;
/** a × b, exact while the result needs at most 12 decimal places (ours need at most 10). */
export const mul = (a: Dec, b: Dec): Dec => (a * b) / ONE;

/** Rounds to `places` decimals, midpoint away from zero (C# MidpointRounding.AwayFromZero). */
export function round(value: Dec, places = 2): Dec {
  const unit = 10n ** BigInt(SCALE - places);
  const quotient = value / unit;
  const remainder = value % unit;
  const abs = remainder < 0n ? -remainder : remainder;
  const bump = abs * 2n >= unit ? (value < 0n ? -1n : 1n) : 0n;
  return (quotient + bump) * unit;
}

/** `percent` % of `amount`, rounded to cents (the server's Money.Percent). */
export const percentOf = (amount: Dec, percent: Dec): Dec => round((amount * percent) / (100n * ONE));

/** The value as a plain decimal string with exactly `places` decimals (no rounding beyond truncation of zeros). */
export function toFixed(value: Dec, places = 2): string {
  const rounded = round(value, places);
  const negative = rounded < 0n;
  const abs = negative ? -rounded : rounded;
  const whole = abs / ONE;
  const fraction = (abs % ONE).toString().padStart(SCALE, '0').slice(0, places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

export const toNumber = (value: Dec, places = 2): number => Number(toFixed(value, places));

export const isZero = (value: Dec) => value === 0n;
