import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { TextAreaField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { usePriceList } from '../../api/get-price-list';
import { quoteOptions, useQuote } from '../../api/get-quote';
import { salesKeys } from '../../api/keys';
import { usePlaceOrder } from '../../api/place-order';
import { openQuotePrint } from '../../api/print-quote';
import { useQuoteStep, type QuoteStep } from '../../api/quote-transitions';
import { useUpdateQuote } from '../../api/update-quote';
import { toNumber } from '../../model/decimal';
import { documentTotals, lineAmounts } from '../../model/totals';
import type { QuoteDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { QuoteStatusBadge } from '../badges';
import { ProductPicker } from '../product-picker';
import { ReasonDialog } from '../reason-dialog';
import { useVersionedSave } from '../use-versioned-save';

export interface QuoteRow {
  key: string;
  productId: string;
  code: string;
  name: string;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxPercent: string;
}

interface Values {
  validUntil: string;
  notes: string;
  rows: QuoteRow[];
}

let counter = 0;
const rowKey = () => `q-${++counter}`;

const toValues = (q: QuoteDetails): Values => ({
  validUntil: q.validUntil,
  notes: q.notes ?? '',
  rows: q.lines.map((l) => ({
    key: rowKey(),
    productId: l.productId,
    code: l.productCode,
    name: l.description,
    description: l.description,
    quantity: String(l.quantity),
    unitPrice: String(l.unitPrice),
    discountPercent: String(l.discountPercent),
    taxPercent: String(l.taxPercent),
  })),
});

const comparable = (v: Values) => JSON.stringify({ ...v, rows: v.rows.map(({ key: _k, code: _c, name: _n, ...r }) => r) });
const linesText = (rows: QuoteRow[]) => rows.map((r) => `${r.code || r.name} × ${r.quantity} @ ${r.unitPrice || '—'} −${r.discountPercent || 0}% +${r.taxPercent || 0}%`).join('; ');

/**
 * A quote: a draft is edited here — lines with quantity, unit price (empty: the price list's), discount and tax — with
 * live totals previewed as the user types, computed with the server's rounding; the saved figures are the server's.
 * Then its life cycle: send, accept or reject, revise, place the order; and the printable version the API renders.
 */
export function QuoteEditor({ id }: { id: string }) {
  const quote = useQuote(id);
  if (quote.error) return <ErrorBanner error={quote.error} onRetry={() => void quote.refetch()} />;
  if (quote.isPending) return <Spinner />;
  return <QuoteView key={`${quote.data.id}-${quote.data.version}`} quote={quote.data} />;
}

function QuoteView({ quote }: { quote: QuoteDetails }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const format = useSalesFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { can } = usePermissions();
  const update = useUpdateQuote(quote.id);
  const step = useQuoteStep(quote.id);
  const place = usePlaceOrder();
  const priceList = usePriceList(quote.priceListId);
  const listPrice = useMemo(() => new Map((priceList.data?.prices ?? []).map((p) => [p.productId, p.unitPrice])), [priceList.data]);
  const [values, setValues] = useState<Values>(() => toValues(quote));
  const [rejecting, setRejecting] = useState(false);
  const [printError, setPrintError] = useState<unknown>(null);
  const write = can('sales.write');
  const editable = write && quote.status === 'Draft' && quote.isLatest;
  const dirty = comparable(values) !== comparable(toValues(quote));

  const saver = useVersionedSave<Values, QuoteDetails>({
    submit: (v, version) =>
      update.mutateAsync({
        version,
        validUntil: v.validUntil,
        notes: v.notes.trim() || null,
        lines: v.rows.map((r) => ({
          productId: r.productId,
          quantity: Number(r.quantity),
          unitPrice: r.unitPrice === '' ? null : Number(r.unitPrice),
          discountPercent: r.discountPercent === '' ? 0 : Number(r.discountPercent),
          taxPercent: r.taxPercent === '' ? 0 : Number(r.taxPercent),
          description: r.description.trim() && r.description.trim() !== r.name ? r.description.trim() : null,
        })),
      }),
    labels: { validUntil: t('quotes.validUntil'), notes: t('quotes.notes'), lines: t('quotes.lines') },
    showValues: (v) => ({ validUntil: v.validUntil, notes: v.notes, lines: linesText(v.rows) }),
    showRecord: (r) => {
      const v = toValues(r);
      return { validUntil: v.validUntil, notes: v.notes, lines: linesText(v.rows) };
    },
    fetchCurrent: () => client.fetchQuery({ ...quoteOptions(quote.id), staleTime: 0 }),
    onReload: (current) => {
      if (current) client.setQueryData(salesKeys.quote(quote.id), current);
      else void client.invalidateQueries({ queryKey: salesKeys.quote(quote.id) });
    },
  });

  const priceOf = (r: QuoteRow) => (r.unitPrice !== '' ? r.unitPrice : listPrice.get(r.productId));
  const preview = values.rows.map((r) =>
    lineAmounts({ quantity: r.quantity || 0, unitPrice: priceOf(r) ?? 0, discountPercent: r.discountPercent || 0, taxPercent: r.taxPercent || 0 }),
  );
  const previewTotals = documentTotals(
    values.rows.map((r) => ({ quantity: r.quantity || 0, unitPrice: priceOf(r) ?? 0, discountPercent: r.discountPercent || 0, taxPercent: r.taxPercent || 0 })),
  );
  const showPreview = editable && dirty;
  const money = (n: number | string) => format.money(n, quote.currency);
  const totals = showPreview
    ? { subtotal: toNumber(previewTotals.subtotal), discountTotal: toNumber(previewTotals.discountTotal), taxTotal: toNumber(previewTotals.taxTotal), total: toNumber(previewTotals.total) }
    : { subtotal: quote.subtotal, discountTotal: quote.discountTotal, taxTotal: quote.taxTotal, total: quote.total };

  const setRow = (index: number, patch: Partial<QuoteRow>) => setValues((v) => ({ ...v, rows: v.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saver.save(values, quote.version)) toast(t('quotes.saved'));
  };

  const run = (s: QuoteStep, done: string) =>
    step.mutate(
      { version: quote.version, step: s },
      {
        onSuccess: (saved) => {
          toast(done);
          setRejecting(false);
          if (saved.id !== quote.id) navigate(`/sales/quotes/${saved.id}`);
        },
      },
    );

  const placeOrder = () =>
    place.mutate(
      { quoteId: quote.id },
      {
        onSuccess: (order) => {
          toast(t('orders.placed', { number: order.number }));
          navigate(`/sales/orders/${order.id}`);
        },
      },
    );

  const n = (index: number) => index + 1;
  const err = (f: string) => fieldError(saver.error, f);
  const stepError = step.error ?? place.error ?? printError;

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div className="stack" style={{ gap: 2 }}>
          <Link to={`/sales/opportunities/${quote.opportunityId}?tab=quotes`} className="small">
            ← {t('quotes.backToDeal')}
          </Link>
          <div className="row wrap">
            <h1>{t('quotes.heading', { number: quote.number, revision: quote.revision })}</h1>
            <QuoteStatusBadge status={quote.status} />
            {!quote.isLatest && <Badge>{t('quotes.superseded')}</Badge>}
          </div>
          <span className="muted">
            {[quote.accountName, quote.contactName].filter(Boolean).join(' · ')} · {quote.currency}
          </span>
        </div>
        <span className="spacer" />
        <div className="row wrap">
          <Button
            onClick={() => {
              setPrintError(null);
              openQuotePrint(quote.id).catch(setPrintError);
            }}
          >
            {t('quotes.print')}
          </Button>
          {write && quote.isLatest && quote.status === 'Draft' && (
            <Button variant="primary" disabled={dirty || quote.lines.length === 0 || step.isPending} title={dirty ? t('quotes.saveFirst') : undefined} onClick={() => run({ action: 'send' }, t('quotes.sent'))}>
              {t('quotes.send')}
            </Button>
          )}
          {write && quote.isLatest && quote.status === 'Sent' && (
            <>
              <Button onClick={() => setRejecting(true)} disabled={step.isPending}>
                {t('quotes.reject')}
              </Button>
              <Button variant="primary" onClick={() => run({ action: 'accept' }, t('quotes.accepted'))} disabled={step.isPending}>
                {t('quotes.accept')}
              </Button>
            </>
          )}
          {write && quote.isLatest && quote.status !== 'Accepted' && quote.status !== 'Draft' && (
            <Button onClick={() => run({ action: 'revise' }, t('quotes.revised'))} disabled={step.isPending}>
              {t('quotes.revise')}
            </Button>
          )}
          {write && quote.status === 'Accepted' && (
            <Button variant="primary" onClick={placeOrder} disabled={place.isPending}>
              {t('quotes.placeOrder')}
            </Button>
          )}
        </div>
      </div>
      {stepError !== null && stepError !== undefined && <ErrorBanner error={stepError} />}
      {quote.status === 'Rejected' && quote.rejectReason && <div className="banner warning">{t('quotes.rejectedBecause', { reason: quote.rejectReason })}</div>}
      <form className="stack" onSubmit={submit} aria-label={t('quotes.editor')} noValidate>
        {saver.error !== null && !err('validUntil') && <ErrorBanner error={saver.error} />}
        <div className="card row wrap" style={{ alignItems: 'end' }}>
          <TextField
            label={t('quotes.validUntil')}
            type="date"
            required
            disabled={!editable}
            value={values.validUntil}
            error={err('validUntil')}
            onChange={(e) => setValues((v) => ({ ...v, validUntil: e.target.value }))}
          />
          {priceList.data && (
            <div className="field">
              <span className="label">{t('quotes.priceList')}</span>
              <span>
                {priceList.data.name} ({priceList.data.currency})
              </span>
            </div>
          )}
          {quote.sentAt && (
            <div className="field">
              <span className="label">{t('quotes.sentAt')}</span>
              <span>{format.dateTime(quote.sentAt)}</span>
            </div>
          )}
        </div>
        <div className="table-wrap">
          <table className="data static lines" aria-label={t('quotes.lines')}>
            <thead>
              <tr>
                <th scope="col">{t('lines.product')}</th>
                <th scope="col" className="num">{t('lines.quantity')}</th>
                <th scope="col" className="num">{t('lines.unitPrice')}</th>
                <th scope="col" className="num">{t('lines.discount')}</th>
                <th scope="col" className="num">{t('lines.tax')}</th>
                <th scope="col" className="num">{t('lines.net')}</th>
                <th scope="col" className="num">{t('quotes.taxAmount')}</th>
                <th scope="col" className="num">{t('lines.total')}</th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {values.rows.map((row, index) => {
                const server = !showPreview ? quote.lines[index] : undefined;
                const amounts = preview[index]!;
                const fromList = row.unitPrice === '' ? listPrice.get(row.productId) : undefined;
                const lineErr = (f: string) => fieldError(saver.error, `lines[${index}].${f}`);
                return (
                  <tr key={row.key}>
                    <td>
                      {editable ? (
                        <ProductPicker
                          label={t('quotes.productN', { n: n(index) })}
                          value={row.productId ? { code: row.code, name: row.name } : null}
                          error={lineErr('productId')}
                          onPick={(p) => setRow(index, { productId: p.id, code: p.code, name: p.name, description: p.name })}
                        />
                      ) : (
                        <span>
                          <code>{row.code}</code> {row.description}
                        </span>
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input className="input num" type="number" min={0} step="any" aria-label={t('quotes.quantityN', { n: n(index) })} aria-invalid={lineErr('quantity') ? true : undefined} value={row.quantity} onChange={(e) => setRow(index, { quantity: e.target.value })} />
                      ) : (
                        format.quantity(row.quantity)
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input className="input num" type="number" min={0} step="0.01" aria-label={t('quotes.unitPriceN', { n: n(index) })} aria-invalid={lineErr('unitPrice') ? true : undefined} placeholder={fromList !== undefined ? String(fromList) : ''} title={t('lines.unitPriceHint')} value={row.unitPrice} onChange={(e) => setRow(index, { unitPrice: e.target.value })} />
                      ) : (
                        money(row.unitPrice)
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input className="input num" type="number" min={0} max={100} step="any" aria-label={t('quotes.discountN', { n: n(index) })} aria-invalid={lineErr('discountPercent') ? true : undefined} value={row.discountPercent} onChange={(e) => setRow(index, { discountPercent: e.target.value })} />
                      ) : (
                        format.percent100(row.discountPercent)
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input className="input num" type="number" min={0} max={100} step="any" aria-label={t('quotes.taxN', { n: n(index) })} aria-invalid={lineErr('taxPercent') ? true : undefined} value={row.taxPercent} onChange={(e) => setRow(index, { taxPercent: e.target.value })} />
                      ) : (
                        format.percent100(row.taxPercent)
                      )}
                    </td>
                    <td className="num">{money(server ? server.netAmount : toNumber(amounts.net))}</td>
                    <td className="num">{money(server ? server.taxAmount : toNumber(amounts.tax))}</td>
                    <td className="num">{money(server ? server.totalAmount : toNumber(amounts.total))}</td>
                    {editable && (
                      <td>
                        <Button size="small" variant="danger" aria-label={t('lines.removeLine', { index: n(index) })} onClick={() => setValues((v) => ({ ...v, rows: v.rows.filter((_, i) => i !== index) }))}>
                          ×
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {editable && (
          <div>
            <Button
              onClick={() =>
                setValues((v) => ({
                  ...v,
                  rows: [...v.rows, { key: rowKey(), productId: '', code: '', name: '', description: '', quantity: '1', unitPrice: '', discountPercent: '0', taxPercent: v.rows.at(-1)?.taxPercent ?? '0' }],
                }))
              }
            >
              {t('lines.addLine')}
            </Button>
          </div>
        )}
        <div className="quote-bottom">
          <TextAreaField label={t('quotes.notes')} disabled={!editable} value={values.notes} error={err('notes')} onChange={(e) => setValues((v) => ({ ...v, notes: e.target.value }))} />
          <section className="card quote-totals" aria-labelledby="quote-totals" aria-live="polite">
            <h2 id="quote-totals" className="row">
              {t('quotes.totals')}
              {showPreview && <Badge tone="accent">{t('quotes.preview')}</Badge>}
            </h2>
            <dl>
              <dt>{t('quotes.subtotal')}</dt>
              <dd data-testid="quote-subtotal">{money(totals.subtotal)}</dd>
              <dt>{t('quotes.discountTotal')}</dt>
              <dd data-testid="quote-discount">{money(totals.discountTotal)}</dd>
              <dt>{t('quotes.taxTotal')}</dt>
              <dd data-testid="quote-tax">{money(totals.taxTotal)}</dd>
              <dt className="grand">{t('quotes.total')}</dt>
              <dd className="grand" data-testid="quote-total">
                {money(totals.total)}
              </dd>
            </dl>
            {showPreview && <p className="muted small">{t('lines.previewNote')}</p>}
          </section>
        </div>
        {editable && (
          <div className="row">
            <span className="spacer" />
            {dirty && <Button onClick={() => setValues(toValues(quote))}>{tc('actions.cancel')}</Button>}
            <Button variant="primary" type="submit" disabled={!dirty || saver.pending || values.rows.some((r) => !r.productId || !r.quantity)}>
              {saver.pending ? tc('actions.saving') : t('quotes.save')}
            </Button>
          </div>
        )}
      </form>
      {saver.dialog}
      {rejecting && (
        <ReasonDialog
          title={t('quotes.rejectTitle', { number: quote.number })}
          label={t('quotes.rejectReason')}
          required={false}
          danger
          confirmLabel={t('quotes.reject')}
          pending={step.isPending}
          error={step.error}
          onConfirm={(reason) => run({ action: 'reject', reason }, t('quotes.rejected'))}
          onClose={() => setRejecting(false)}
        />
      )}
    </div>
  );
}
