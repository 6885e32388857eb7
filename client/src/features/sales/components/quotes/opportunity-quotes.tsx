import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { usePermissions } from '@/lib/auth';
import { useSearchQuotes } from '../../api/search-quotes';
import type { OpportunityDetails, QuoteSummary } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { QuoteStatusBadge } from '../badges';
import { NewQuoteDialog } from './new-quote-dialog';

/** The quotes of a deal, every revision, newest first, with the way to draft a new one while the deal is open. */
export function OpportunityQuotes({ opportunity }: { opportunity: OpportunityDetails }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const list = useSearchQuotes({ opportunityId: opportunity.id });
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);
  const [creating, setCreating] = useState(false);

  const columns: Column<QuoteSummary>[] = [
    {
      id: 'number',
      header: t('quotes.number'),
      cell: (q) => (
        <span className="row">
          {t('quotes.heading', { number: q.number, revision: q.revision })}
          {!q.isLatest && <Badge>{t('quotes.superseded')}</Badge>}
        </span>
      ),
    },
    { id: 'status', header: t('quotes.status'), cell: (q) => <QuoteStatusBadge status={q.status} /> },
    { id: 'total', header: t('quotes.total'), cell: (q) => <span className="num">{format.money(q.total, q.currency)}</span> },
    { id: 'validUntil', header: t('quotes.validUntil'), cell: (q) => format.day(q.validUntil) },
    { id: 'created', header: t('leads.created'), cell: (q) => format.dateTime(q.createdAt) },
  ];

  return (
    <div className="stack">
      {can('sales.write') && opportunity.status === 'Open' && (
        <div>
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('quotes.new')}
          </Button>
        </div>
      )}
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{t('quotes.emptyDeal')}</EmptyState>
      ) : (
        <DataTable
          label={t('opportunities.tabs.quotes')}
          columns={columns}
          rows={rows}
          rowKey={(q) => q.id}
          onOpen={(q) => navigate(`/sales/quotes/${q.id}`)}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <NewQuoteDialog opportunity={opportunity} onClose={() => setCreating(false)} />}
    </div>
  );
}
