import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import { useProducts } from '../../api/list-products';
import type { ProductDetails } from '../../model/types';
import { ProductDialog } from './product-dialog';

/** The product catalogue: search by code or name, active only unless asked, create and edit (managers). */
export function ProductsPanel() {
  const { t } = useTranslation('sales');
  const format = useFormat();
  const { can } = usePermissions();
  const [text, setText] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const q = useDebounced(text.trim(), 300);
  const list = useProducts(q, showInactive ? undefined : true);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);
  const [editing, setEditing] = useState<ProductDetails | 'new' | null>(null);

  const columns: Column<ProductDetails>[] = [
    { id: 'code', header: t('products.code'), cell: (p) => <code>{p.code}</code> },
    { id: 'name', header: t('products.name'), cell: (p) => p.name },
    { id: 'unit', header: t('products.unit'), cell: (p) => p.unit },
    { id: 'active', header: t('common.active'), cell: (p) => (p.isActive ? t('common.yes') : <Badge>{t('common.inactive')}</Badge>) },
    { id: 'updated', header: t('products.updated'), cell: (p) => <span title={format.dateTime(p.updatedAt)}>{format.relative(p.updatedAt)}</span> },
  ];

  return (
    <div className="stack">
      <div className="row wrap">
        <input
          type="search"
          className="input search-input"
          aria-label={t('products.search')}
          placeholder={t('products.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="row small">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          {t('products.showInactive')}
        </label>
        <span className="spacer" />
        {can('sales.manage') && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('products.new')}
          </Button>
        )}
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{q ? t('common.noMatches') : t('products.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('products.title')}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.id}
          onOpen={can('sales.manage') ? (p) => setEditing(p) : undefined}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {editing && <ProductDialog product={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
