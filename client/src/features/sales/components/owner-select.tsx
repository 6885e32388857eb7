import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/field';
import { useDirectory } from '../api/get-directory';

/** Owner and team filters from the directory, "any" first. */
export function OwnerFilter({ value, onChange, label }: { value: string | undefined; onChange: (id: string | undefined) => void; label?: string }) {
  const { t } = useTranslation('sales');
  const { users } = useDirectory();
  return (
    <SelectField
      label={label ?? t('common.owner')}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
      options={[{ value: '', label: t('common.anyOwner') }, ...users.map((u) => ({ value: u.id, label: u.displayName }))]}
    />
  );
}

export function TeamFilter({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation('sales');
  const { teams } = useDirectory();
  if (teams.length === 0) return null;
  return (
    <SelectField
      label={t('common.team')}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
      options={[{ value: '', label: t('common.anyTeam') }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
    />
  );
}
