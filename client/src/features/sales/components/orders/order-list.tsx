import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { useDirectory } from '../../api/get-directory';
import { useSearchOrders } from '../../api/search-orders';
import { orderStatuses, type OrderStatus, type OrderSummary } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { OrderStatusBadge } from '../badges';
import { OwnerFilter, TeamFilter } from '../owner-select';
import { OrderActions } from './order-actions';

/** Orders, newest placed first, by status, owner and team; placed ones can be fulfilled or cancelled in the row. */
export function OrderList() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const navigate = useNavigate();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const query = useMemo(
    () => ({
      status: (params.get('status') as OrderStatus | null) ?? undefined,
      ownerId: params.get('ownerId') ?? undefined,
      teamId: params.get('teamId') ?? undefined,
    }),
    [params],
  );
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const list = useSearchOrders(query);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);

  const columns: Column<OrderSummary>[] = [
    {
      id: 'number',
      header: t('orders.number'),
      cell: (o) => (
        <Link to={`/sales/orders/${o.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {o.number}
        </Link>
      ),
    },
    { id: 'status', header: t('orders.status'), cell: (o) => <OrderStatusBadge status={o.status} /> },
    { id: 'total', header: t('orders.total'), cell: (o) => <span className="num">{format.money(o.total, o.currency)}</span> },
    { id: 'placedAt', header: t('orders.placedAt'), cell: (o) => format.dateTime(o.placedAt) },
    { id: 'owner', header: t('common.owner'), cell: (o) => directory.userName(o.ownerId) },
    { id: 'actions', header: t('common.actions'), cell: (o) => <OrderActions order={o} size="small" /> },
  ];

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('orders.title')}</h1>
      </div>
      <div className="row wrap filters" style={{ alignItems: 'end' }}>
        <SelectField
          label={t('orders.status')}
          value={query.status ?? ''}
          onChange={(e) => set('status', e.target.value)}
          options={[{ value: '', label: t('common.anyStatus') }, ...orderStatuses.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))]}
        />
        <OwnerFilter value={query.ownerId} onChange={(v) => set('ownerId', v)} />
        <TeamFilter value={query.teamId} onChange={(v) => set('teamId', v)} />
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{t('orders.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('orders.title')}
          columns={columns}
          rows={rows}
          rowKey={(o) => o.id}
          onOpen={(o) => navigate(`/sales/orders/${o.id}`)}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
    </div>
  );
}
