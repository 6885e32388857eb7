import { useTranslation } from 'react-i18next';

/** Dates, numbers and money for the current language, through Intl (never hand-formatted). */
export function formatters(locale: string) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  return {
    date: (iso?: string | null) => (iso ? date.format(new Date(iso)) : ''),
    dateTime: (iso?: string | null) => (iso ? dateTime.format(new Date(iso)) : ''),
    number: (n?: number | null) => (n === undefined || n === null ? '' : number.format(n)),
    percent: (n: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n),
    money: (amount: number | string, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount)),
    relative: (iso?: string | null) => {
      if (!iso) return '';
      const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
      for (const [unit, size] of steps) {
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      }
      return relative.format(Math.round(seconds / 60), 'minute');
    },
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
