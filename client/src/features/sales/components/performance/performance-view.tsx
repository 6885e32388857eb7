import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useDirectory } from '../../api/get-directory';
import { useSalesPerformance } from '../../api/get-sales-performance';
import { currentPeriod } from '../../model/period';
import { useSalesFormat } from '../../model/use-sales-format';
import { PeriodPicker, usePeriodLabel } from '../period-picker';

/** Per rep for a period: leads and conversion, wins and losses, win rate, deal size, cycle length and activity. */
export function PerformanceView() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const label = usePeriodLabel();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod('quarter');
  const report = useSalesPerformance(period);
  const r = report.data;
  const money = (n: number | string | null | undefined) => (n === null || n === undefined ? '—' : format.money(n, r?.currency ?? 'USD'));
  const pct = (n: number | string | null | undefined) => (n === null || n === undefined ? '—' : format.percent100(n));

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('performance.title')}</h1>
        <span className="spacer" />
        <PeriodPicker value={period} onChange={(p) => setParams({ period: p })} />
      </div>
      {report.error ? (
        <ErrorBanner error={report.error} onRetry={() => void report.refetch()} />
      ) : !r ? (
        <Spinner />
      ) : r.reps.length === 0 ? (
        <EmptyState>{t('performance.empty', { period: label(period) })}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data static" aria-label={t('performance.tableLabel', { period: label(period) })}>
            <thead>
              <tr>
                <th scope="col">{t('performance.rep')}</th>
                <th scope="col" className="num">{t('performance.newLeads')}</th>
                <th scope="col" className="num">{t('performance.converted')}</th>
                <th scope="col" className="num">{t('performance.conversionRate')}</th>
                <th scope="col" className="num">{t('performance.won')}</th>
                <th scope="col" className="num">{t('performance.lost')}</th>
                <th scope="col" className="num">{t('performance.winRate')}</th>
                <th scope="col" className="num">{t('performance.wonAmount')}</th>
                <th scope="col" className="num">{t('performance.averageDeal')}</th>
                <th scope="col" className="num">{t('performance.averageCycle')}</th>
                <th scope="col" className="num">{t('performance.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {r.reps.map((rep) => (
                <tr key={rep.userId}>
                  <th scope="row">{rep.name ?? directory.userName(rep.userId)}</th>
                  <td className="num">{format.number(rep.newLeads)}</td>
                  <td className="num">{format.number(rep.convertedLeads)}</td>
                  <td className="num">{pct(rep.conversionRatePercent)}</td>
                  <td className="num">{format.number(rep.won)}</td>
                  <td className="num">{format.number(rep.lost)}</td>
                  <td className="num">{pct(rep.winRatePercent)}</td>
                  <td className="num">{money(rep.wonAmount)}</td>
                  <td className="num">{money(rep.averageDealSize)}</td>
                  <td className="num">
                    {rep.averageCycleDays === null || rep.averageCycleDays === undefined ? '—' : t('history.daysValue', { days: format.number(Number(rep.averageCycleDays)) })}
                  </td>
                  <td className="num">{format.number(rep.activitiesLogged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
