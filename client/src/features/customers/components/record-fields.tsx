import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { TagEditor } from '@/components/ui/tag-editor';
import { useDirectory } from '../api/get-directory';
import { apiField, kindFields, serverError, type FieldKey, type FormValues } from '../model/record-values';
import { relationships, stages, tiers, type EntityKind } from '../model/types';
import { RecordPicker } from './record-picker';

/** A field's label; the name is "Full name" on a contact and "Name" on an account. */
export function useFieldLabel(kind: EntityKind) {
  const { t } = useTranslation('customers');
  return (field: FieldKey | 'tags' | 'tier' | 'stage' | 'relationship' | 'ownerId' | 'teamId'): string => {
    if (field === 'name') return t(`${kind}.nameLabel`);
    if (field === 'accountId') return t('fields.account');
    if (field === 'ownerId') return t('fields.owner');
    if (field === 'teamId') return t('fields.team');
    return t(`fields.${field}`);
  };
}

const inputType: Partial<Record<FieldKey, string>> = { email: 'email', phone: 'tel', mobile: 'tel', website: 'url' };
const wide: FieldKey[] = ['notes', 'line1', 'line2'];

/**
 * The inputs of a contact or account form, each with its server message under it. `errors` is the problem's
 * `errors` map, keyed by the API's paths (`fullName`, `address.city`).
 */
export function RecordFields({
  kind,
  values,
  onChange,
  errors,
  withClassification,
  withTags = true,
}: {
  kind: EntityKind;
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  errors: Record<string, string[]>;
  withClassification?: boolean;
  withTags?: boolean;
}) {
  const { t } = useTranslation('customers');
  const label = useFieldLabel(kind);
  const directory = useDirectory();
  const error = (field: Parameters<typeof label>[0]) => serverError(errors, apiField(kind, field));

  return (
    <div className="grid-2">
      {kindFields[kind].map((field) => {
        const style = wide.includes(field) ? { gridColumn: '1 / -1' } : undefined;
        if (field === 'accountId')
          return (
            <RecordPicker
              key={field}
              kind="accounts"
              label={label(field)}
              value={values.accountName}
              error={error(field)}
              onPick={(account) => onChange({ accountId: account?.id ?? '', accountName: account ? ('name' in account ? account.name : '') : '' })}
            />
          );
        if (field === 'notes')
          return (
            <div key={field} style={style}>
              <TextAreaField label={label(field)} value={values.notes} error={error(field)} onChange={(e) => onChange({ notes: e.target.value })} />
            </div>
          );
        return (
          <div key={field} style={style}>
            <TextField
              label={label(field)}
              type={inputType[field] ?? 'text'}
              value={values[field]}
              error={error(field)}
              aria-required={field === 'name' || undefined}
              onChange={(e) => onChange({ [field]: e.target.value })}
            />
          </div>
        );
      })}
      {withTags && (
        <div style={{ gridColumn: '1 / -1' }}>
          <TagEditor label={label('tags')} value={values.tags} onChange={(tags) => onChange({ tags })} />
          {error('tags') && <span className="field-error">{error('tags')}</span>}
        </div>
      )}
      {withClassification && (
        <>
          <SelectField
            label={label('tier')}
            value={values.tier}
            error={error('tier')}
            onChange={(e) => onChange({ tier: e.target.value as FormValues['tier'] })}
            options={[{ value: '', label: t('form.default') }, ...tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))]}
          />
          <SelectField
            label={label('stage')}
            value={values.stage}
            error={error('stage')}
            onChange={(e) => onChange({ stage: e.target.value as FormValues['stage'] })}
            options={[{ value: '', label: t('form.default') }, ...stages.map((v) => ({ value: v, label: t(`stage.${v}`) }))]}
          />
          <SelectField
            label={label('relationship')}
            value={values.relationship}
            error={error('relationship')}
            onChange={(e) => onChange({ relationship: e.target.value as FormValues['relationship'] })}
            options={[{ value: '', label: t('form.default') }, ...relationships.map((v) => ({ value: v, label: t(`relationship.${v}`) }))]}
          />
          <SelectField
            label={label('ownerId')}
            value={values.ownerId}
            error={error('ownerId')}
            onChange={(e) => onChange({ ownerId: e.target.value })}
            options={[{ value: '', label: t('form.me') }, ...directory.users.map((u) => ({ value: u.id, label: u.displayName }))]}
          />
          <SelectField
            label={label('teamId')}
            value={values.teamId}
            error={error('teamId')}
            onChange={(e) => onChange({ teamId: e.target.value })}
            options={[{ value: '', label: t('form.ownersTeam') }, ...directory.teams.map((team) => ({ value: team.id, label: team.name }))]}
          />
        </>
      )}
    </div>
  );
}
