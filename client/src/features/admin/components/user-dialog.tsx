import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/generated/schema';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ErrorBanner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { fieldError, isApiError } from '@/lib/problem';
import { useRoles, useCreateUser, useUpdateUser } from '../api/users';
import { useTeams } from '../api/teams';

type User = components['schemas']['UserSummary'];

function Choices({ legend, options, value, onChange }: { legend: string; options: { id: string; name: string }[]; value: string[]; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="label">{legend}</legend>
      <div className="row wrap">
        {options.map((o) => (
          <label key={o.id} className="tag" style={{ paddingRight: 8 }}>
            <input type="checkbox" checked={value.includes(o.id)} onChange={() => onChange(value.includes(o.id) ? value.filter((v) => v !== o.id) : [...value, o.id])} />
            {o.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Create a user (with a first password) or edit one's name, email, roles and teams; server errors land on fields. */
export function UserDialog({ user, open, onClose }: { user?: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const toast = useToast();
  const roles = useRoles();
  const teams = useTeams();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [email, setEmail] = useState(user?.email ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [roleIds, setRoleIds] = useState(user?.roles.map((r) => r.id) ?? []);
  const [teamIds, setTeamIds] = useState(user?.teams.map((x) => x.id) ?? []);
  const error = create.error ?? update.error;
  const busy = create.isPending || update.isPending;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (user) {
      await update.mutateAsync({ id: user.id, body: { email, displayName, roleIds, teamIds, version: user.version } });
      toast(t('users.updated'));
    } else {
      await create.mutateAsync({ email, displayName, password, roleIds, teamIds });
      toast(t('users.created'));
    }
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} title={user ? t('users.edit') : t('users.new')}>
      <form className="stack" onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
        <TextField label={t('users.name')} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={fieldError(error, 'displayName')} required />
        <TextField label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email')} required />
        {!user && (
          <TextField label={t('users.password')} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError(error, 'password')} hint={t('users.passwordHint')} required />
        )}
        <Choices legend={t('users.roles')} options={roles.data?.items ?? []} value={roleIds} onChange={setRoleIds} />
        {fieldError(error, 'roleIds') && <span className="field-error">{fieldError(error, 'roleIds')}</span>}
        <Choices legend={t('users.teams')} options={teams.data?.items ?? []} value={teamIds} onChange={setTeamIds} />
        {error && !(isApiError(error) && Object.keys(error.fieldErrors).length > 0) && <ErrorBanner error={error} />}
        <div className="row">
          <span className="spacer" />
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t('common:actions.saving') : t('common:actions.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
