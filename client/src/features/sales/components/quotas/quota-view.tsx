import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { useDeleteQuota } from '../../api/delete-quota';
import { useAttainment } from '../../api/get-attainment';
import { useDirectory } from '../../api/get-directory';
import { useQuotas } from '../../api/list-quotas';
import { useSetQuota } from '../../api/set-quota';
import { gapToQuota } from '../../model/forecast';
import { currentPeriod } from '../../model/period';
import type { SalesGrouping } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { AttainmentBar } from '../attainment-bar';
import { PeriodPicker, usePeriodLabel } from '../period-picker';

/**
 * Quota attainment for a month or quarter, per rep or team: quota, closed won, what is left and how far along. Sales
 * managers set and remove quotas for the period here.
 */
export function QuotaView() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const label = usePeriodLabel();
  const directory = useDirectory();
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod('quarter');
  const groupBy = (params.get('group') === 'Team' ? 'Team' : 'Owner') as SalesGrouping;
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const attainment = useAttainment(period, groupBy);
  const data = attainment.data;
  const money = (n: number | string | null | undefined) => (n === null || n === undefined ? '—' : format.money(n, data?.currency ?? 'USD'));
  const name = (row: { key: string; name?: string | null }) =>
    row.name ?? (groupBy === 'Team' ? directory.teamName(row.key) : directory.userName(row.key)) ?? row.key;

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('quotas.title')}</h1>
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
      </div>
      {attainment.error ? (
        <ErrorBanner error={attainment.error} onRetry={() => void attainment.refetch()} />
      ) : !data ? (
        <Spinner />
      ) : data.rows.length === 0 ? (
        <EmptyState>{t('quotas.empty', { period: label(period) })}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data static" aria-label={t('quotas.tableLabel', { period: label(period) })}>
            <thead>
              <tr>
                <th scope="col">{groupBy === 'Team' ? t('common.team') : t('common.owner')}</th>
                <th scope="col" className="num">{t('forecast.quota')}</th>
                <th scope="col" className="num">{t('forecast.measures.closedWon')}</th>
                <th scope="col" className="num">{t('forecast.gap')}</th>
                <th scope="col">{t('forecast.attainment')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{name(row)}</th>
                  <td className="num">{money(row.quota)}</td>
                  <td className="num">{money(row.closedWon)}</td>
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
          </table>
        </div>
      )}
      {can('sales.manage') && <QuotaEditor period={period} groupBy={groupBy} currency={data?.currency} />}
    </div>
  );
}

function QuotaEditor({ period, groupBy, currency }: { period: string; groupBy: SalesGrouping; currency: string | undefined }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const label = usePeriodLabel();
  const toast = useToast();
  const directory = useDirectory();
  const quotas = useQuotas(period);
  const setQuota = useSetQuota();
  const remove = useDeleteQuota();
  const [target, setTarget] = useState('');
  const [amount, setAmount] = useState('');
  const options = groupBy === 'Team' ? directory.teams.map((team) => ({ value: team.id, label: team.name })) : directory.users.map((u) => ({ value: u.id, label: u.displayName }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuota.mutate(
      { period, amount: Number(amount), userId: groupBy === 'Owner' ? target : null, teamId: groupBy === 'Team' ? target : null },
      {
        onSuccess: () => {
          toast(t('common.saved'));
          setAmount('');
        },
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby="quota-editor">
      <h2 id="quota-editor">{t('quotas.manage', { period: label(period) })}</h2>
      <form className="row wrap" style={{ alignItems: 'end' }} onSubmit={submit} aria-label={t('quotas.set')}>
        <SelectField
          label={groupBy === 'Team' ? t('common.team') : t('common.owner')}
          value={target}
          error={fieldError(setQuota.error, 'userId') ?? fieldError(setQuota.error, 'teamId')}
          onChange={(e) => setTarget(e.target.value)}
          options={[{ value: '', label: '—' }, ...options]}
        />
        <TextField
          label={currency ? t('quotas.amountIn', { currency }) : t('common.amount')}
          type="number"
          min={0}
          step="0.01"
          value={amount}
          error={fieldError(setQuota.error, 'amount') ?? fieldError(setQuota.error, 'period')}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Button type="submit" variant="primary" disabled={!target || amount === '' || setQuota.isPending}>
          {t('quotas.set')}
        </Button>
      </form>
      {setQuota.error && !fieldError(setQuota.error, 'amount') && !fieldError(setQuota.error, 'userId') && <ErrorBanner error={setQuota.error} />}
      {remove.error && <ErrorBanner error={remove.error} />}
      {quotas.error ? (
        <ErrorBanner error={quotas.error} />
      ) : quotas.data && quotas.data.length > 0 ? (
        <table className="data static" aria-label={t('quotas.listLabel', { period: label(period) })}>
          <thead>
            <tr>
              <th scope="col">{t('quotas.for')}</th>
              <th scope="col">{t('forecast.period')}</th>
              <th scope="col" className="num">{t('forecast.quota')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {quotas.data.map((q) => {
              const who = q.userId ? directory.userName(q.userId) : directory.teamName(q.teamId);
              return (
                <tr key={q.id}>
                  <td>{who}</td>
                  <td>{label(q.period)}</td>
                  <td className="num">{format.money(q.amount, q.currency)}</td>
                  <td>
                    <Button size="small" variant="danger" aria-label={t('quotas.remove', { name: who, period: label(q.period) })} onClick={() => remove.mutate(q.id)}>
                      ×
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('quotas.none')}</p>
      )}
    </section>
  );
}
