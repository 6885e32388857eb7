/** Sales periods as the API writes them: 2026-11 (month), 2026-Q4 (quarter), 2026 (year); calendar periods in UTC. */
export type PeriodKind = 'month' | 'quarter';

export function currentPeriod(kind: PeriodKind, today = new Date()): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  return kind === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function periodKind(period: string): PeriodKind | 'year' {
  if (/^\d{4}-Q[1-4]$/i.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** The period `steps` after (or before, when negative) the given one, of the same kind. */
export function shiftPeriod(period: string, steps: number): string {
  const kind = periodKind(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return String(year + steps);
  if (kind === 'quarter') {
    const index = year * 4 + (Number(period.slice(6)) - 1) + steps;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const index = year * 12 + (Number(period.slice(5, 7)) - 1) + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day (UTC) of a period, for labels. */
export function periodStart(period: string): Date {
  const year = Number(period.slice(0, 4));
  const kind = periodKind(period);
  const month = kind === 'month' ? Number(period.slice(5, 7)) - 1 : kind === 'quarter' ? (Number(period.slice(6)) - 1) * 3 : 0;
  return new Date(Date.UTC(year, month, 1));
}

/** A period for people: "Nov 2026" / "2026年11月", or "Q4 2026" through the caller's quarter template. */
export function periodLabel(period: string, locale: string, quarterLabel: (q: number, year: number) => string): string {
  const kind = periodKind(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'quarter') return quarterLabel(Number(period.slice(6)), year);
  if (kind === 'year') return String(year);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(periodStart(period));
}

/** Today as an ISO date (yyyy-mm-dd) in UTC, plus `days`. */
export function isoDay(days = 0, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}
