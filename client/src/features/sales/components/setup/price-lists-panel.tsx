import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { usePriceList } from '../../api/get-price-list';
import { usePriceLists } from '../../api/list-price-lists';
import { useRemovePrice } from '../../api/remove-price';
import { useSetPrice } from '../../api/set-price';
import type { PriceListDetails, ProductDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { PriceListDialog } from './price-list-dialog';
import { ProductPicker } from '../product-picker';

/** Price lists on the left; the chosen list's prices on the right, set and removed in place (managers). */
export function PriceListsPanel() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const { can } = usePermissions();
  const lists = usePriceLists();
  const [chosen, setChosen] = useState<string>('');
  const [editing, setEditing] = useState<PriceListDetails | 'new' | null>(null);
  const selected = chosen || lists.data?.[0]?.id || '';

  return (
    <div className="detail">
      <div className="stack">
        {can('sales.manage') && (
          <div>
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('priceLists.new')}
            </Button>
          </div>
        )}
        {lists.error ? (
          <ErrorBanner error={lists.error} onRetry={() => void lists.refetch()} />
        ) : lists.isPending ? (
          <Spinner />
        ) : lists.data.length === 0 ? (
          <EmptyState>{t('priceLists.empty')}</EmptyState>
        ) : (
          <ul className="pick-list" aria-label={t('setup.tabs.priceLists')}>
            {lists.data.map((l) => (
              <li key={l.id}>
                <button type="button" aria-pressed={l.id === selected} aria-label={t('priceLists.select', { name: l.name })} onClick={() => setChosen(l.id)}>
                  <span className="row">
                    <strong>{l.name}</strong>
                    {l.isDefault && <Badge tone="accent">{t('common.default')}</Badge>}
                    <span className="spacer" />
                    <span className="muted small">{l.currency}</span>
                  </span>
                  <span className="muted small">
                    {t('priceLists.priceCount', { count: l.priceCount })}
                    {(l.validFrom || l.validTo) && ` · ${format.day(l.validFrom)} – ${format.day(l.validTo)}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {selected ? <PriceListPrices id={selected} onEdit={(l) => setEditing(l)} /> : <EmptyState>{t('priceLists.choose')}</EmptyState>}
      {editing && (
        <PriceListDialog list={editing === 'new' ? undefined : editing} onCreated={(id) => setChosen(id)} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}

function PriceListPrices({ id, onEdit }: { id: string; onEdit: (list: PriceListDetails) => void }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const toast = useToast();
  const { can } = usePermissions();
  const list = usePriceList(id);
  const setPrice = useSetPrice(id);
  const removePrice = useRemovePrice(id);
  const [product, setProduct] = useState<ProductDetails | null>(null);
  const [price, setPriceText] = useState('');
  const manage = can('sales.manage');

  if (list.error) return <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Spinner />;
  const l = list.data;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!product) return;
    setPrice.mutate(
      { productId: product.id, unitPrice: Number(price) },
      {
        onSuccess: () => {
          toast(t('common.saved'));
          setProduct(null);
          setPriceText('');
        },
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby="price-list-title">
      <div className="card-title" style={{ marginBottom: 0 }}>
        <h2 id="price-list-title">{l.name}</h2>
        <Badge>{l.currency}</Badge>
        {l.isDefault && <Badge tone="accent">{t('common.default')}</Badge>}
        <span className="spacer" />
        {manage && (
          <Button size="small" onClick={() => onEdit(l)}>
            {t('priceLists.edit')}
          </Button>
        )}
      </div>
      {manage && (
        <form className="row wrap" style={{ alignItems: 'end' }} onSubmit={submit} aria-label={t('priceLists.addPrice')}>
          <ProductPicker label={t('priceLists.product')} value={product} onPick={(p) => {
            setProduct(p);
            const existing = l.prices.find((x) => x.productId === p.id);
            if (existing) setPriceText(String(existing.unitPrice));
          }} />
          <TextField
            label={`${t('priceLists.unitPrice')} (${l.currency})`}
            type="number"
            min={0}
            step="0.01"
            style={{ width: 140 }}
            value={price}
            error={fieldError(setPrice.error, 'unitPrice')}
            onChange={(e) => setPriceText(e.target.value)}
          />
          <Button type="submit" variant="primary" disabled={!product || price === '' || setPrice.isPending}>
            {t('priceLists.setPrice')}
          </Button>
        </form>
      )}
      {setPrice.error && !fieldError(setPrice.error, 'unitPrice') && <ErrorBanner error={setPrice.error} />}
      {removePrice.error && <ErrorBanner error={removePrice.error} />}
      {l.prices.length === 0 ? (
        <EmptyState>{t('priceLists.noPrices')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data static" aria-label={t('priceLists.prices')}>
            <thead>
              <tr>
                <th scope="col">{t('products.code')}</th>
                <th scope="col">{t('products.name')}</th>
                <th scope="col">{t('products.unit')}</th>
                <th scope="col" className="num">
                  {t('priceLists.unitPrice')}
                </th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {l.prices.map((p) => (
                <tr key={p.productId}>
                  <td>
                    <code>{p.productCode}</code>
                  </td>
                  <td>
                    {p.productName} {!p.productActive && <Badge>{t('common.inactive')}</Badge>}
                  </td>
                  <td>{p.unit}</td>
                  <td className="num">{format.money(p.unitPrice, l.currency)}</td>
                  {manage && (
                    <td>
                      <Button
                        size="small"
                        variant="danger"
                        aria-label={t('priceLists.removePrice', { name: p.productName })}
                        disabled={removePrice.isPending}
                        onClick={() => removePrice.mutate(p.productId)}
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
    </section>
  );
}
