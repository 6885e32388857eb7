import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useDirectory } from '../../api/get-directory';
import { useOrder } from '../../api/get-order';
import { useSalesFormat } from '../../model/use-sales-format';
import { OrderStatusBadge } from '../badges';
import { OrderActions } from './order-actions';

/** An order: its frozen lines and totals, the company-currency total at the rate of placement, and fulfil/cancel. */
export function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const directory = useDirectory();
  const query = useOrder(id);
  if (query.error) return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spinner />;
  const o = query.data;
  const money = (n: number) => format.money(n, o.currency);
  const props: [string, ReactNode][] = [
    [t('opportunities.account'), o.accountId && <Link to={`/customers/accounts/${o.accountId}`}>{o.accountName ?? o.accountId}</Link>],
    [t('opportunities.contact'), o.contactId && <Link to={`/customers/contacts/${o.contactId}`}>{o.contactName ?? o.contactId}</Link>],
    [t('orders.quote'), o.quoteId && <Link to={`/sales/quotes/${o.quoteId}`}>{t('orders.openQuote')}</Link>],
    [t('orders.deal'), o.opportunityId && <Link to={`/sales/opportunities/${o.opportunityId}`}>{t('quotes.openDeal')}</Link>],
    [t('orders.placedAt'), format.dateTime(o.placedAt)],
    [t('orders.fulfilledAt'), o.fulfilledAt && format.dateTime(o.fulfilledAt)],
    [t('orders.cancelledAt'), o.cancelledAt && `${format.dateTime(o.cancelledAt)}${o.cancelReason ? ` — ${o.cancelReason}` : ''}`],
    [t('orders.companyTotal'), o.companyCurrency !== o.currency ? `${format.money(o.companyTotal, o.companyCurrency)} (${t('orders.atRate', { rate: format.rate(o.exchangeRate) })})` : null],
    [t('common.owner'), directory.userName(o.ownerId)],
  ];
  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div className="stack" style={{ gap: 2 }}>
          <Link to="/sales/orders" className="small">
            ← {t('orders.title')}
          </Link>
          <div className="row">
            <h1>{t('orders.heading', { number: o.number })}</h1>
            <OrderStatusBadge status={o.status} />
          </div>
        </div>
        <span className="spacer" />
        <OrderActions order={o} />
      </div>
      <div className="detail">
        <section className="card">
          <dl className="props">
            {props.map(([label, value]) => (
              <Row key={label} label={label} value={value} />
            ))}
          </dl>
        </section>
        <section className="card stack detail-main">
          <div className="table-wrap">
            <table className="data static" aria-label={t('orders.lines')}>
              <thead>
                <tr>
                  <th scope="col">{t('lines.product')}</th>
                  <th scope="col" className="num">{t('lines.quantity')}</th>
                  <th scope="col" className="num">{t('lines.unitPrice')}</th>
                  <th scope="col" className="num">{t('lines.discount')}</th>
                  <th scope="col" className="num">{t('lines.net')}</th>
                  <th scope="col" className="num">{t('lines.tax')}</th>
                  <th scope="col" className="num">{t('lines.total')}</th>
                </tr>
              </thead>
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.position}>
                    <td>
                      <code>{l.productCode}</code> {l.description}
                    </td>
                    <td className="num">
                      {format.quantity(l.quantity)} {l.unit}
                    </td>
                    <td className="num">{money(l.unitPrice)}</td>
                    <td className="num">{format.percent100(l.discountPercent)}</td>
                    <td className="num">{money(l.netAmount)}</td>
                    <td className="num">{money(l.taxAmount)}</td>
                    <td className="num">{money(l.totalAmount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={6}>{t('quotes.subtotal')}</th>
                  <td className="num">{money(o.subtotal)}</td>
                </tr>
                <tr>
                  <th scope="row" colSpan={6}>{t('quotes.discountTotal')}</th>
                  <td className="num">{money(o.discountTotal)}</td>
                </tr>
                <tr>
                  <th scope="row" colSpan={6}>{t('quotes.taxTotal')}</th>
                  <td className="num">{money(o.taxTotal)}</td>
                </tr>
                <tr>
                  <th scope="row" colSpan={6}>{t('quotes.total')}</th>
                  <td className="num">
                    <strong>{money(o.total)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' || value === false ? '—' : value}</dd>
    </>
  );
}
