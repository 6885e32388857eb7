import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { usePermissions } from '@/lib/auth';
import { useCommissionStatement } from '../../api/get-commission-statement';
import { useDirectory } from '../../api/get-directory';
import { currentPeriod } from '../../model/period';
import { useSalesFormat } from '../../model/use-sales-format';
import { AttainmentBar } from '../attainment-bar';
import { PeriodPicker, usePeriodLabel } from '../period-picker';

/** A rep's commission statement for a period: attainment, the rate it earns, and the commission on each order line. */
export function CommissionStatementView() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const label = usePeriodLabel();
  const { can, user } = usePermissions();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod('month');
  const userId = params.get('user') ?? undefined;
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const statement = useCommissionStatement(period, userId);
  const s = statement.data;
  const money = (n: number | string | null | undefined) => (n === null || n === undefined ? '—' : format.money(n, s?.currency ?? 'USD'));

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('commissions.title')}</h1>
        <span className="spacer" />
        <PeriodPicker value={period} onChange={(p) => set('period', p)} />
        {can('sales.manage') && (
          <SelectField
            label={t('commissions.rep')}
            value={userId ?? user?.id ?? ''}
            onChange={(e) => set('user', e.target.value === user?.id ? undefined : e.target.value)}
            options={directory.users.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        )}
      </div>
      {statement.error ? (
        <ErrorBanner error={statement.error} onRetry={() => void statement.refetch()} />
      ) : !s ? (
        <Spinner />
      ) : (
        <>
          <section className="card" aria-labelledby="statement-title">
            <h2 id="statement-title" className="card-title">
              {t('commissions.statementFor', { name: s.userName ?? directory.userName(s.userId), period: label(s.period) })}
            </h2>
            <dl className="summary">
              <div>
                <dt>{t('commissions.totalCommission')}</dt>
                <dd>{money(s.totalCommission)}</dd>
              </div>
              <div>
                <dt>{t('commissions.totalSales')}</dt>
                <dd>{money(s.totalSales)}</dd>
              </div>
              <div>
                <dt>{t('commissions.rate')}</dt>
                <dd>{format.percent100(s.ratePercent)}</dd>
              </div>
              <div>
                <dt>{t('forecast.measures.closedWon')}</dt>
                <dd>{money(s.closedWon)}</dd>
              </div>
              <div>
                <dt>{t('forecast.quota')}</dt>
                <dd>{money(s.quota)}</dd>
              </div>
            </dl>
            <div style={{ marginTop: 12, maxWidth: 420 }}>
              {s.attainmentPercent !== null && s.attainmentPercent !== undefined ? (
                <AttainmentBar percent={s.attainmentPercent} label={t('forecast.attainment')} />
              ) : (
                <span className="muted small">{t('forecast.noQuota')}</span>
              )}
            </div>
            <p className="muted small">{s.ruleName ? t('commissions.rule', { name: s.ruleName }) : t('commissions.noRule')}</p>
          </section>
          {s.lines.length === 0 ? (
            <EmptyState>{t('commissions.noLines', { period: label(s.period) })}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data static" aria-label={t('commissions.lines')}>
                <thead>
                  <tr>
                    <th scope="col">{t('orders.number')}</th>
                    <th scope="col">{t('orders.placedAt')}</th>
                    <th scope="col">{t('lines.product')}</th>
                    <th scope="col" className="num">{t('commissions.net')}</th>
                    <th scope="col" className="num">{t('commissions.rate')}</th>
                    <th scope="col" className="num">{t('commissions.commission')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.lines.map((l, index) => (
                    <tr key={`${l.orderId}-${index}`}>
                      <td>
                        <Link to={`/sales/orders/${l.orderId}`}>{l.orderNumber}</Link>
                      </td>
                      <td>{format.date(l.placedAt)}</td>
                      <td>
                        <code>{l.productCode}</code> {l.description}
                      </td>
                      <td className="num">{money(l.netAmount)}</td>
                      <td className="num">{format.percent100(l.ratePercent)}</td>
                      <td className="num">{money(l.commission)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>{t('forecast.total')}</th>
                    <td className="num">{money(s.totalSales)}</td>
                    <td />
                    <td className="num">{money(s.totalCommission)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
