import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { usePermissions } from '@/lib/auth';
import { useSearchRecords } from '../api/search-records';
import { recordName, recordPath, type AccountDetails, type AnySummary } from '../model/types';
import { TierBadge } from './record-badges';
import { RecordFormDialog } from './record-form-dialog';

/** An account's contacts, with "New contact" already linked to the account. */
export function AccountContacts({ account }: { account: AccountDetails }) {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const { can } = usePermissions();
  const [creating, setCreating] = useState(false);
  const query = useMemo(() => ({ accountId: account.id }), [account.id]);
  const list = useSearchRecords('contacts', query);
  const rows = (list.data?.pages ?? []).flatMap((p) => p.items as AnySummary[]);
  const columns: Column<AnySummary>[] = [
    { id: 'name', header: t('fields.name'), cell: (r) => recordName(r) },
    { id: 'email', header: t('fields.email'), cell: (r) => r.email ?? '' },
    { id: 'phone', header: t('fields.phone'), cell: (r) => r.phone ?? '' },
    { id: 'tier', header: t('fields.tier'), cell: (r) => <TierBadge tier={r.tier} /> },
  ];
  return (
    <div className="stack">
      <div className="row">
        <span className="muted small">{t('accounts.contactCount', { count: account.contactCount })}</span>
        <span className="spacer" />
        {can('customers.write') && !account.deletedAt && (
          <Button size="small" onClick={() => setCreating(true)}>
            {t('contacts.new')}
          </Button>
        )}
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{t('accounts.noContacts')}</EmptyState>
      ) : (
        <DataTable
          label={t('accounts.contactsOf', { name: account.name })}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          onOpen={(r) => navigate(recordPath('contacts', r.id))}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <RecordFormDialog kind="contacts" initial={{ accountId: account.id, accountName: account.name }} onClose={() => setCreating(false)} />}
    </div>
  );
}
