import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError, isApiError } from '@/lib/problem';
import { usePriceList } from '../../api/get-price-list';
import { salesKeys } from '../../api/keys';
import { usePriceLists } from '../../api/list-price-lists';
import { useSetOpportunityLines } from '../../api/set-opportunity-lines';
import { add, toNumber } from '../../model/decimal';
import { lineAmounts } from '../../model/totals';
import type { OpportunityDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { ProductPicker } from '../product-picker';

interface Row {
  key: string;
  productId: string;
  code: string;
  name: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

let counter = 0;

/**
 * A deal's products: quantity, unit price (empty takes the default price list's) and discount per line, with a live
 * preview of each net and the total; saving makes the deal's amount the lines' net total (the server's figures).
 */
export function OpportunityLines({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const format = useSalesFormat();
  const toast = useToast();
  const client = useQueryClient();
  const { can } = usePermissions();
  const save = useSetOpportunityLines(opportunity.id);
  const lists = usePriceLists();
  const defaultList = lists.data?.find((l) => l.isDefault && l.currency === opportunity.currency);
  const priceList = usePriceList(defaultList?.id ?? '');
  const listPrice = useMemo(() => new Map((priceList.data?.prices ?? []).map((p) => [p.productId, p.unitPrice])), [priceList.data]);
  const editable = can('sales.write') && opportunity.status === 'Open';
  const initial = (): Row[] =>
    opportunity.lines.map((l) => ({
      key: `line-${++counter}`,
      productId: l.productId,
      code: '',
      name: l.productName,
      quantity: String(l.quantity),
      unitPrice: String(l.unitPrice),
      discountPercent: String(l.discountPercent),
    }));
  const [rows, setRows] = useState<Row[]>(initial);
  const [seenVersion, setSeenVersion] = useState(opportunity.version);
  if (seenVersion !== opportunity.version) {
    // The deal changed (saved here or elsewhere): show its lines as the server has them.
    setSeenVersion(opportunity.version);
    setRows(initial());
  }
  const dirty = JSON.stringify(rows.map(({ key: _k, code: _c, ...r }) => r)) !== JSON.stringify(initial().map(({ key: _k, code: _c, ...r }) => r));

  const priceOf = (row: Row) => (row.unitPrice !== '' ? row.unitPrice : listPrice.get(row.productId));
  const nets = rows.map((row) => lineAmounts({ quantity: row.quantity || 0, unitPrice: priceOf(row) ?? 0, discountPercent: row.discountPercent || 0 }).net);
  const total = add(...nets);
  const set = (index: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        version: opportunity.version,
        lines: rows.map((r) => ({
          productId: r.productId,
          quantity: Number(r.quantity),
          unitPrice: r.unitPrice === '' ? null : Number(r.unitPrice),
          discountPercent: r.discountPercent === '' ? 0 : Number(r.discountPercent),
        })),
      },
      {
        onSuccess: () => toast(t('lines.saved')),
        onError: (error) => {
          if (isApiError(error) && error.isStaleVersion) {
            const current = error.current<OpportunityDetails>();
            if (current) client.setQueryData(salesKeys.opportunity(opportunity.id), current);
            toast(t('common.staleReloaded'));
          }
        },
      },
    );
  };

  if (!editable && rows.length === 0) return <EmptyState>{opportunity.status === 'Open' ? t('lines.empty') : t('lines.readOnly')}</EmptyState>;

  return (
    <form className="stack" onSubmit={submit} aria-label={t('opportunities.tabs.lines')} noValidate>
      {save.error !== null && !(isApiError(save.error) && save.error.isStaleVersion) && <ErrorBanner error={save.error} />}
      {!editable && <p className="muted small">{t('lines.readOnly')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('lines.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data static lines">
            <thead>
              <tr>
                <th scope="col">{t('lines.product')}</th>
                <th scope="col" className="num">
                  {t('lines.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('lines.unitPrice')} ({opportunity.currency})
                </th>
                <th scope="col" className="num">
                  {t('lines.discount')}
                </th>
                <th scope="col" className="num">
                  {t('lines.net')}
                </th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const n = index + 1;
                const fromList = row.unitPrice === '' ? listPrice.get(row.productId) : undefined;
                return (
                  <tr key={row.key}>
                    <td>
                      {editable ? (
                        <ProductPicker
                          label={`${t('lines.product')} ${n}`}
                          value={row.productId ? { code: row.code, name: row.name } : null}
                          error={fieldError(save.error, `lines[${index}].productId`)}
                          onPick={(p) => set(index, { productId: p.id, code: p.code, name: p.name })}
                        />
                      ) : (
                        row.name
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input
                          className="input num"
                          type="number"
                          min={0}
                          step="any"
                          aria-label={`${t('lines.quantity')} ${n}`}
                          aria-invalid={fieldError(save.error, `lines[${index}].quantity`) ? true : undefined}
                          value={row.quantity}
                          onChange={(e) => set(index, { quantity: e.target.value })}
                        />
                      ) : (
                        format.quantity(row.quantity)
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input
                          className="input num"
                          type="number"
                          min={0}
                          step="0.01"
                          aria-label={`${t('lines.unitPrice')} ${n}`}
                          placeholder={fromList !== undefined ? String(fromList) : t('lines.unitPriceHint')}
                          title={t('lines.unitPriceHint')}
                          value={row.unitPrice}
                          onChange={(e) => set(index, { unitPrice: e.target.value })}
                        />
                      ) : (
                        format.money(row.unitPrice, opportunity.currency)
                      )}
                    </td>
                    <td className="num">
                      {editable ? (
                        <input
                          className="input num"
                          type="number"
                          min={0}
                          max={100}
                          step="any"
                          aria-label={`${t('lines.discount')} ${n}`}
                          value={row.discountPercent}
                          onChange={(e) => set(index, { discountPercent: e.target.value })}
                        />
                      ) : (
                        format.percent100(row.discountPercent)
                      )}
                    </td>
                    <td className="num">{format.money(toNumber(nets[index]!), opportunity.currency)}</td>
                    {editable && (
                      <td>
                        <Button size="small" variant="danger" aria-label={t('lines.removeLine', { index: n })} onClick={() => setRows((all) => all.filter((_, i) => i !== index))}>
                          ×
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('lines.netTotal')}
                </th>
                <td className="num">
                  <strong>{format.money(toNumber(total), opportunity.currency)}</strong>
                </td>
                {editable && <td />}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {editable && (
        <div className="row">
          <Button
            onClick={() => setRows((all) => [...all, { key: `line-${++counter}`, productId: '', code: '', name: '', quantity: '1', unitPrice: '', discountPercent: '0' }])}
          >
            {t('lines.addLine')}
          </Button>
          {dirty && <span className="muted small">{t('lines.previewNote')}</span>}
          <span className="spacer" />
          {dirty && (
            <Button onClick={() => setRows(initial())} disabled={save.isPending}>
              {tc('actions.cancel')}
            </Button>
          )}
          <Button variant="primary" type="submit" disabled={!dirty || save.isPending || rows.some((r) => !r.productId || !r.quantity)}>
            {save.isPending ? tc('actions.saving') : t('lines.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
