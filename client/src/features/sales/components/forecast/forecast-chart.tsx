import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { measures, type ChartPoint, type Measure } from '../../model/forecast';
import { useSalesFormat } from '../../model/use-sales-format';

/** Fixed hues that read on light and dark surfaces alike (SVG fills cannot take the theme's CSS variables everywhere). */
export const measureColors: Record<Measure, string> = {
  closedWon: '#16a34a',
  committed: '#0ea5e9',
  bestCase: '#f59e0b',
  weightedPipeline: '#6366f1',
  openPipeline: '#94a3b8',
};

/** The five forecast figures per period as grouped bars; the same numbers are in the table beside it for screen readers. */
export function ForecastChart({ data, currency, title }: { data: ChartPoint[]; currency: string; title: string }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  return (
    <figure className="chart" aria-label={title}>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => format.compact(v)} width={64} />
          <Tooltip formatter={(value) => format.money(Number(value), currency)} />
          <Legend itemSorter={null} />
          {measures.map((m) => (
            <Bar key={m} dataKey={m} name={t(`forecast.measures.${m}`)} fill={measureColors[m]} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
