import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { useCreateTeam, useTeams } from '../api/teams';
import { useRoles } from '../api/users';

/** Teams with their member counts, and a form for a new one. */
export function TeamsAdmin() {
  const { t } = useTranslation(['admin', 'common']);
  const toast = useToast();
  const { can } = usePermissions();
  const teams = useTeams();
  const create = useCreateTeam();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  return (
    <div>
      <div className="page-header">
        <h1>{t('teams.title')}</h1>
        <span className="spacer" />
        {can('platform.manage') && (
          <Button variant="primary" onClick={() => setOpen(true)}>
            {t('teams.new')}
          </Button>
        )}
      </div>
      {teams.error ? (
        <ErrorBanner error={teams.error} />
      ) : !teams.data ? (
        <Spinner />
      ) : (
        <DataTable
          label={t('teams.title')}
          rows={teams.data.items}
          rowKey={(x) => x.id}
          columns={[
            { id: 'name', header: t('teams.name'), cell: (x) => x.name },
            { id: 'description', header: t('teams.description'), cell: (x) => x.description ?? '' },
            { id: 'members', header: t('teams.members'), cell: (x) => x.memberCount },
          ]}
        />
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('teams.new')}
        footer={
          <>
            <Button onClick={() => setOpen(false)}>{t('common:actions.cancel')}</Button>
            <Button
              variant="primary"
              disabled={create.isPending}
              onClick={() =>
                create.mutate(
                  { name, description: description || undefined },
                  {
                    onSuccess: () => {
                      toast(t('teams.created'));
                      setOpen(false);
                      setName('');
                      setDescription('');
                    },
                  },
                )
              }
            >
              {t('common:actions.create')}
            </Button>
          </>
        }
      >
        <div className="stack">
          <TextField label={t('teams.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(create.error, 'name')} />
          <TextField label={t('teams.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(create.error, 'description')} />
        </div>
      </Dialog>
    </div>
  );
}

/** Roles, their data scope and how many permissions and users they have (built-in roles are marked). */
export function RolesAdmin() {
  const { t } = useTranslation(['admin', 'common']);
  const roles = useRoles();
  if (roles.error) return <ErrorBanner error={roles.error} />;
  if (!roles.data) return <Spinner />;
  return (
    <div>
      <div className="page-header">
        <h1>{t('roles.title')}</h1>
      </div>
      <DataTable
        label={t('roles.title')}
        rows={roles.data.items}
        rowKey={(r) => r.id}
        columns={[
          { id: 'name', header: t('roles.name'), cell: (r) => (r.isSystem ? `${r.name} · ${t('roles.system')}` : r.name) },
          { id: 'scope', header: t('roles.scope'), cell: (r) => t(`scope.${r.scope}`) },
          { id: 'permissions', header: t('roles.permissions'), cell: (r) => r.permissions.join(', ') },
          { id: 'users', header: t('roles.users'), cell: (r) => r.userCount },
        ]}
      />
    </div>
  );
}
