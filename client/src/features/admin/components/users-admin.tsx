import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/generated/schema';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { fieldError } from '@/lib/problem';
import { useDebounced } from '@/lib/use-debounced';
import { useResetPassword, useUserAction, useUsers } from '../api/users';
import { UserDialog } from './user-dialog';

type User = components['schemas']['UserSummary'];

/** The users of the company: search, status filter, create, edit, (de)activate, unlock and reset a password. */
export function UsersAdmin() {
  const { t } = useTranslation(['admin', 'common']);
  const f = useFormat();
  const toast = useToast();
  const { can } = usePermissions();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'all' | 'active' | 'inactive'>('all');
  const q = useDebounced(text.trim());
  const users = useUsers({ q, active: status === 'all' ? undefined : status === 'active' });
  const action = useUserAction();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<User | 'new'>();
  const [resetting, setResetting] = useState<User>();
  const [password, setPassword] = useState('');
  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];
  const manage = can('platform.manage');

  const columns: Column<User>[] = [
    { id: 'name', header: t('users.name'), cell: (u) => u.displayName, required: true },
    { id: 'email', header: t('users.email'), cell: (u) => u.email },
    { id: 'roles', header: t('users.roles'), cell: (u) => u.roles.map((r) => r.name).join(', ') },
    { id: 'teams', header: t('users.teams'), cell: (u) => u.teams.map((x) => x.name).join(', ') },
    {
      id: 'status',
      header: t('users.status'),
      cell: (u) => (
        <span className="row">
          <Badge tone={u.isActive ? 'tier-A' : undefined}>{u.isActive ? t('users.active') : t('users.inactive')}</Badge>
          {u.lockedUntil && new Date(u.lockedUntil) > new Date() && <Badge>{t('users.locked')}</Badge>}
        </span>
      ),
    },
    { id: 'lastLogin', header: t('users.lastLogin'), cell: (u) => (u.lastLoginAt ? f.relative(u.lastLoginAt) : t('users.never')) },
    {
      id: 'actions',
      header: '',
      required: true,
      cell: (u) =>
        manage && (
          <span className="row" onClick={(e) => e.stopPropagation()}>
            <Button size="small" onClick={() => action.mutate({ id: u.id, action: u.isActive ? 'deactivate' : 'activate' })}>
              {u.isActive ? t('users.deactivate') : t('users.activate')}
            </Button>
            {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
              <Button size="small" onClick={() => action.mutate({ id: u.id, action: 'unlock' })}>
                {t('users.unlock')}
              </Button>
            )}
            <Button size="small" onClick={() => setResetting(u)}>
              {t('users.resetPassword')}
            </Button>
          </span>
        ),
    },
  ];

  return (
    <div>
      <div className="page-header">
        <h1>{t('users.title')}</h1>
        <input className="input search-input" type="search" aria-label={t('users.search')} placeholder={t('users.search')} value={text} onChange={(e) => setText(e.target.value)} />
        <select className="input" aria-label={t('users.status')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          <option value="all">{t('users.all')}</option>
          <option value="active">{t('users.onlyActive')}</option>
          <option value="inactive">{t('users.onlyInactive')}</option>
        </select>
        <span className="spacer" />
        {manage && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('users.new')}
          </Button>
        )}
      </div>
      {action.error && <ErrorBanner error={action.error} />}
      {users.error ? (
        <ErrorBanner error={users.error} onRetry={() => void users.refetch()} />
      ) : users.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState />
      ) : (
        <DataTable
          label={t('users.title')}
          columns={columns}
          rows={rows}
          rowKey={(u) => u.id}
          onOpen={manage ? (u) => setEditing(u) : undefined}
          hasMore={users.hasNextPage}
          onLoadMore={() => void users.fetchNextPage()}
          loadingMore={users.isFetchingNextPage}
        />
      )}
      {editing && <UserDialog open user={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      <Dialog
        open={resetting !== undefined}
        onClose={() => setResetting(undefined)}
        title={`${t('users.resetPassword')}: ${resetting?.displayName ?? ''}`}
        footer={
          <>
            <Button onClick={() => setResetting(undefined)}>{t('common:actions.cancel')}</Button>
            <Button
              variant="primary"
              disabled={reset.isPending || !password}
              onClick={() =>
                resetting &&
                reset.mutate(
                  { id: resetting.id, newPassword: password },
                  {
                    onSuccess: () => {
                      toast(t('common:state.saved'));
                      setResetting(undefined);
                      setPassword('');
                    },
                  },
                )
              }
            >
              {t('common:actions.save')}
            </Button>
          </>
        }
      >
        <TextField label={t('users.newPassword')} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError(reset.error, 'newPassword')} />
      </Dialog>
    </div>
  );
}
