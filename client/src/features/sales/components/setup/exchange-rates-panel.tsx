import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { useDeleteExchangeRate } from '../../api/delete-exchange-rate';
import { useExchangeRates } from '../../api/list-exchange-rates';
import { useSetExchangeRate } from '../../api/set-exchange-rate';
import { isoDay } from '../../model/period';
import { useSalesFormat } from '../../model/use-sales-format';

/** The rate table (newest first per currency) with a form to set a rate from a day on, and delete (managers). */
export function ExchangeRatesPanel() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const toast = useToast();
  const { can } = usePermissions();
  const rates = useExchangeRates();
  const setRate = useSetExchangeRate();
  const remove = useDeleteExchangeRate();
  const [currency, setCurrency] = useState('');
  const [rate, setRateText] = useState('');
  const [validFrom, setValidFrom] = useState(isoDay());
  const company = rates.data?.[0]?.companyCurrency ?? '';
  const manage = can('sales.manage');
  const err = (f: string) => fieldError(setRate.error, f);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRate.mutate(
      { currency: currency.trim().toUpperCase(), rate: Number(rate), validFrom },
      {
        onSuccess: () => {
          toast(t('common.saved'));
          setRateText('');
        },
      },
    );
  };

  return (
    <div className="stack">
      <p className="muted">{t('rates.hint', { currency: company || '…' })}</p>
      {manage && (
        <form className="card row wrap" style={{ alignItems: 'end' }} onSubmit={submit} aria-label={t('rates.set')}>
          <TextField
            label={t('rates.currency')}
            required
            maxLength={3}
            style={{ width: 90 }}
            value={currency}
            error={err('currency')}
            onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          />
          <TextField
            label={t('rates.rate', { currency: company || '…' })}
            required
            type="number"
            min={0}
            step="any"
            style={{ width: 160 }}
            value={rate}
            error={err('rate')}
            onChange={(e) => setRateText(e.target.value)}
          />
          <TextField label={t('rates.validFrom')} required type="date" value={validFrom} error={err('validFrom')} onChange={(e) => setValidFrom(e.target.value)} />
          <Button type="submit" variant="primary" disabled={setRate.isPending || !currency || !rate}>
            {t('rates.set')}
          </Button>
        </form>
      )}
      {setRate.error && !['currency', 'rate', 'validFrom'].some(err) && <ErrorBanner error={setRate.error} />}
      {remove.error && <ErrorBanner error={remove.error} />}
      {rates.error ? (
        <ErrorBanner error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.isPending ? (
        <Spinner />
      ) : rates.data.length === 0 ? (
        <EmptyState>{t('rates.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data static" aria-label={t('rates.title')}>
            <thead>
              <tr>
                <th scope="col">{t('rates.currency')}</th>
                <th scope="col" className="num">
                  {t('rates.rate', { currency: company })}
                </th>
                <th scope="col">{t('rates.validFrom')}</th>
                <th scope="col">{t('rates.updated')}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rates.data.map((r) => (
                <tr key={r.id}>
                  <td>{r.currency}</td>
                  <td className="num">{format.rate(r.rate)}</td>
                  <td>{format.day(r.validFrom)}</td>
                  <td title={format.dateTime(r.updatedAt)}>{format.relative(r.updatedAt)}</td>
                  {manage && (
                    <td>
                      <Button
                        size="small"
                        variant="danger"
                        aria-label={t('rates.remove', { currency: r.currency, date: format.day(r.validFrom) })}
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(r.id, { onSuccess: () => toast(t('rates.removed')) })}
                      >
                        ×
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
