import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { useDirectory } from '../../api/get-directory';
import { useSearchQuotes } from '../../api/search-quotes';
import { quoteStatuses, type QuoteStatus, type QuoteSummary } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { QuoteStatusBadge } from '../badges';
import { OwnerFilter } from '../owner-select';

/** Every visible quote, newest first: by status and owner, latest revisions only unless asked. */
export function QuoteList() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const navigate = useNavigate();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const query = useMemo(
    () => ({
      status: (params.get('status') as QuoteStatus | null) ?? undefined,
      ownerId: params.get('ownerId') ?? undefined,
      latestOnly: params.get('all') !== '1',
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
  const list = useSearchQuotes(query);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);

  const columns: Column<QuoteSummary>[] = [
    {
      id: 'number',
      header: t('quotes.number'),
      cell: (q) => (
        <span className="row">
          <Link to={`/sales/quotes/${q.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
            {t('quotes.heading', { number: q.number, revision: q.revision })}
          </Link>
          {!q.isLatest && <Badge>{t('quotes.superseded')}</Badge>}
        </span>
      ),
    },
    { id: 'status', header: t('quotes.status'), cell: (q) => <QuoteStatusBadge status={q.status} /> },
    { id: 'total', header: t('quotes.total'), cell: (q) => <span className="num">{format.money(q.total, q.currency)}</span> },
    { id: 'validUntil', header: t('quotes.validUntil'), cell: (q) => format.day(q.validUntil) },
    {
      id: 'deal',
      header: t('quotes.deal'),
      cell: (q) => (
        <Link to={`/sales/opportunities/${q.opportunityId}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {t('quotes.openDeal')}
        </Link>
      ),
    },
    { id: 'owner', header: t('common.owner'), cell: (q) => directory.userName(q.ownerId) },
    { id: 'created', header: t('leads.created'), cell: (q) => format.dateTime(q.createdAt) },
  ];

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('quotes.title')}</h1>
      </div>
      <div className="row wrap filters" style={{ alignItems: 'end' }}>
        <SelectField
          label={t('quotes.status')}
          value={query.status ?? ''}
          onChange={(e) => set('status', e.target.value)}
          options={[{ value: '', label: t('common.anyStatus') }, ...quoteStatuses.map((s) => ({ value: s, label: t(`quoteStatus.${s}`) }))]}
        />
        <OwnerFilter value={query.ownerId} onChange={(v) => set('ownerId', v)} />
        <label className="row small">
          <input type="checkbox" checked={!query.latestOnly} onChange={(e) => set('all', e.target.checked ? '1' : undefined)} />
          {t('quotes.allRevisions')}
        </label>
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{t('quotes.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('quotes.title')}
          columns={columns}
          rows={rows}
          rowKey={(q) => q.id}
          onOpen={(q) => navigate(`/sales/quotes/${q.id}`)}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
    </div>
  );
}
