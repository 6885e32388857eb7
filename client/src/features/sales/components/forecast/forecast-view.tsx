import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { useForecasts } from '../../api/get-forecast';
import { usePipelines } from '../../api/list-pipelines';
import { chartData, gapToQuota, measures, sortRows, type Measure } from '../../model/forecast';
import { currentPeriod, shiftPeriod } from '../../model/period';
import type { ForecastRow, SalesGrouping } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { AttainmentBar } from '../attainment-bar';
import { PeriodPicker, usePeriodLabel } from '../period-picker';
import { ForecastChart, measureColors } from './forecast-chart';

/**
 * The manager's forecast: for a month or quarter, per owner or team, what is closed won, committed, best case,
 * weighted and open — in the company currency, against quota. The chart shows the period with the one before and the
 * two after (where the pipeline is heading); the table under it breaks the chosen period down.
 */
export function ForecastView() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const label = usePeriodLabel();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod('quarter');
  const groupBy = (params.get('group') === 'Team' ? 'Team' : 'Owner') as SalesGrouping;
  const pipelineId = params.get('pipeline') ?? undefined;
  const pipelines = usePipelines();
  const [sortBy, setSortBy] = useState<Measure>('closedWon');
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const periods = useMemo(() => [-1, 0, 1, 2].map((step) => shiftPeriod(period, step)), [period]);
  const results = useForecasts(periods, groupBy, pipelineId);
  const current = results[1]!;
  const data = current.data;
  const points = chartData(
    periods,
    results.map((r) => r.data),
    label,
  );
  const rows = data ? sortRows(data.rows, sortBy) : [];
  const money = (n: number | string | null | undefined) => (n === null || n === undefined ? '—' : format.moneyWhole(n, data?.currency ?? 'USD'));
  const name = (row: ForecastRow) => row.name ?? (groupBy === 'Team' ? t('forecast.noTeam') : t('forecast.unknownOwner'));

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('forecast.title')}</h1>
        <span className="spacer" />
        <PeriodPicker value={period} onChange={(p) => set('period', p)} />
        <SelectField
          label={t('forecast.groupBy')}
          value={groupBy}
          onChange={(e) => set('group', e.target.value === 'Team' ? 'Team' : undefined)}
          options={[
            { value: 'Owner', label: t('forecast.byOwner') },
            { value: 'Team', label: t('forecast.byTeam') },
          ]}
        />
        {(pipelines.data?.length ?? 0) > 1 && (
          <SelectField
            label={t('opportunities.pipeline')}
            value={pipelineId ?? ''}
            onChange={(e) => set('pipeline', e.target.value)}
            options={[{ value: '', label: t('common.allPipelines') }, ...(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          />
        )}
      </div>
      {current.error ? (
        <ErrorBanner error={current.error} onRetry={() => void current.refetch()} />
      ) : !data ? (
        <Spinner />
      ) : (
        <>
          <dl className="summary forecast-summary" aria-label={t('forecast.summary', { period: label(period) })}>
            {measures.map((m) => (
              <div key={m}>
                <dt>
                  <span className="swatch" style={{ background: measureColors[m] }} aria-hidden="true" />
                  {t(`forecast.measures.${m}`)}
                </dt>
                <dd>{money(data.total[m])}</dd>
              </div>
            ))}
            {data.total.quota !== null && data.total.quota !== undefined && (
              <div>
                <dt>{t('forecast.attainment')}</dt>
                <dd>{format.percent100(data.total.attainmentPercent)}</dd>
              </div>
            )}
          </dl>
          <section className="card" aria-labelledby="forecast-trend">
            <h2 id="forecast-trend" className="card-title">
              {t('forecast.trend')}
              <span className="muted small">{t('common.companyCurrency', { currency: data.currency })}</span>
            </h2>
            <ForecastChart data={points} currency={data.currency} title={t('forecast.chartTitle', { from: label(periods[0]!), to: label(periods[3]!) })} />
            <table className="visually-hidden">
              <caption>{t('forecast.chartTitle', { from: label(periods[0]!), to: label(periods[3]!) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('forecast.period')}</th>
                  {measures.map((m) => (
                    <th key={m} scope="col">
                      {t(`forecast.measures.${m}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.label}</th>
                    {measures.map((m) => (
                      <td key={m}>{money(p[m])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {rows.length === 0 ? (
            <EmptyState>{t('forecast.empty', { period: label(period) })}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data static forecast-table" aria-label={t('forecast.tableLabel', { period: label(period) })}>
                <thead>
                  <tr>
                    <th scope="col">{groupBy === 'Team' ? t('common.team') : t('common.owner')}</th>
                    {measures.map((m) => (
                      <th key={m} scope="col" className="num" aria-sort={sortBy === m ? 'descending' : undefined}>
                        <button type="button" onClick={() => setSortBy(m)} aria-label={t('forecast.sortBy', { measure: t(`forecast.measures.${m}`) })}>
                          {t(`forecast.measures.${m}`)}
                          <span aria-hidden="true">{sortBy === m ? ' ▼' : ''}</span>
                        </button>
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('forecast.quota')}
                    </th>
                    <th scope="col" className="num">
                      {t('forecast.gap')}
                    </th>
                    <th scope="col">{t('forecast.attainment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key ?? 'none'}>
                      <th scope="row">{name(row)}</th>
                      {measures.map((m) => (
                        <td key={m} className="num">
                          {money(row[m])}
                        </td>
                      ))}
                      <td className="num">{money(row.quota)}</td>
                      <td className="num">{money(gapToQuota(row))}</td>
                      <td className="attainment">
                        {row.attainmentPercent !== null && row.attainmentPercent !== undefined ? (
                          <AttainmentBar percent={row.attainmentPercent} label={t('forecast.attainmentOf', { name: name(row) })} />
                        ) : (
                          <span className="muted small">{t('forecast.noQuota')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('forecast.total')}</th>
                    {measures.map((m) => (
                      <td key={m} className="num">
                        {money(data.total[m])}
                      </td>
                    ))}
                    <td className="num">{money(data.total.quota)}</td>
                    <td className="num">{money(gapToQuota(data.total))}</td>
                    <td>{format.percent100(data.total.attainmentPercent)}</td>
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
