import { useTranslation } from 'react-i18next';
import { formatters } from '@/lib/format';

/**
 * The shared formatters plus what Sales needs on top: calendar days (DateOnly "2026-11-30" is a day, not a moment —
 * formatted in UTC so no time zone shifts it to the 29th), exchange rates (up to 8 places) and percentages given as
 * 0–100 numbers, as the API sends probabilities and discounts.
 */
export function salesFormatters(locale: string) {
  const base = formatters(locale);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 8 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    ...base,
    day: (iso?: string | null) => (iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
    rate: (n: number | string) => rate.format(Number(n)),
    percent100: (n: number | string | null | undefined) => (n === null || n === undefined ? '' : percent.format(Number(n) / 100)),
    compact: (n: number | string) => compact.format(Number(n)),
    /** Money rounded to whole units, for dashboards where cents are noise (forecast, attainment). */
    moneyWhole: (amount: number | string, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Number(amount)),
    quantity: (n: number | string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(n)),
  };
}

export function useSalesFormat() {
  const { i18n } = useTranslation();
  return salesFormatters(i18n.language);
}
