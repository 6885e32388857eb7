import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { useRecord } from '../api/get-record';
import { useMergeRecords } from '../api/merge-records';
import { addressKeys, toValues } from '../model/record-values';
import { recordName, recordPath, type AnyDetails, type EntityKind, type MergeChoice } from '../model/types';
import { RecordPicker } from './record-picker';

type Side = 'this' | 'other';

/** The fields a merge lets the user choose, by the API's names (MergeContacts/MergeAccounts `fields`). */
export const mergeFields: Record<EntityKind, readonly string[]> = {
  contacts: ['fullName', 'alternateName', 'jobTitle', 'email', 'phone', 'mobile', 'accountId', 'address', 'source', 'notes', 'tier', 'stage', 'relationship'],
  accounts: ['name', 'alternateName', 'industry', 'website', 'email', 'phone', 'address', 'source', 'notes', 'tier', 'stage', 'relationship'],
};

function useMergeValue() {
  const { t } = useTranslation('customers');
  return (record: AnyDetails, field: string): string => {
    const v = toValues(record);
    switch (field) {
      case 'fullName':
      case 'name':
        return v.name;
      case 'accountId':
        return v.accountName || v.accountId;
      case 'address':
        return addressKeys.map((k) => v[k]).filter(Boolean).join(', ');
      case 'tier':
        return t(`tier.${record.tier}`);
      case 'stage':
        return t(`stage.${record.stage}`);
      case 'relationship':
        return t(`relationship.${record.relationship}`);
      default:
        return String((v as unknown as Record<string, string>)[field] ?? '');
    }
  };
}

/** The default pick for a field: this record's value, unless it is empty and the other's is not. */
export function defaultChoices(fields: readonly string[], value: (side: Side, field: string) => string): Record<string, Side> {
  return Object.fromEntries(fields.map((f) => [f, value('this', f) === '' && value('other', f) !== '' ? 'other' : 'this']));
}

/** The API's `fields` for a merge: each choice said relative to the record that survives. */
export function mergeChoices(choices: Record<string, Side>, survivor: Side): Record<string, MergeChoice> {
  return Object.fromEntries(Object.entries(choices).map(([f, side]) => [f, side === survivor ? 'Survivor' : 'Duplicate']));
}

/** Merge two records: find the other one, choose field by field side by side, choose which survives, confirm. */
export function MergeDialog({ kind, record, onClose }: { kind: EntityKind; record: AnyDetails; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const toast = useToast();
  const value = useMergeValue();
  const merge = useMergeRecords(kind);
  const [otherId, setOtherId] = useState('');
  const other = useRecord(kind, otherId);
  const [choices, setChoices] = useState<Record<string, Side> | null>(null);
  const [survivor, setSurvivor] = useState<Side>('this');
  const fields = mergeFields[kind];
  const otherRecord = other.data;

  const sideValue = (side: Side, field: string) => (side === 'this' ? value(record, field) : otherRecord ? value(otherRecord, field) : '');
  const current = choices ?? (otherRecord ? defaultChoices(fields, sideValue) : {});
  const fieldLabel = (f: string) => (f === 'fullName' || f === 'name' ? t(`${kind}.nameLabel`) : f === 'accountId' ? t('fields.account') : t(`fields.${f as 'email'}`));

  const confirm = () => {
    if (!otherRecord) return;
    const [keep, drop] = survivor === 'this' ? [record, otherRecord] : [otherRecord, record];
    merge.mutate(
      { survivorId: keep.id, body: { duplicateId: drop.id, version: keep.version, duplicateVersion: drop.version, fields: mergeChoices(current, survivor) } },
      {
        onSuccess: (merged) => {
          toast(t('merge.done', { name: recordName(merged) }));
          onClose();
          navigate(recordPath(kind, merged.id));
        },
      },
    );
  };

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={t('merge.title', { name: recordName(record) })}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={confirm} disabled={!otherRecord || merge.isPending}>
            {merge.isPending ? t('merge.merging') : t('merge.confirm')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">{t('merge.intro')}</p>
        <RecordPicker
          kind={kind}
          label={t('merge.find')}
          exclude={record.id}
          value={otherRecord ? recordName(otherRecord) : ''}
          onPick={(picked) => {
            setOtherId(picked?.id ?? '');
            setChoices(null);
          }}
        />
        {merge.error && <ErrorBanner error={merge.error} />}
        {other.error && <ErrorBanner error={other.error} />}
        {otherId && other.isPending && <Spinner />}
        {otherRecord && (
          <>
            <fieldset className="row wrap" style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="small muted" style={{ marginBottom: 4 }}>
                {t('merge.survivor')}
              </legend>
              <label className="row">
                <input type="radio" name="survivor" checked={survivor === 'this'} onChange={() => setSurvivor('this')} />
                {t('merge.keepRecord', { name: recordName(record) })}
              </label>
              <label className="row">
                <input type="radio" name="survivor" checked={survivor === 'other'} onChange={() => setSurvivor('other')} />
                {t('merge.keepRecord', { name: recordName(otherRecord) })}
              </label>
            </fieldset>
            <table className="diff merge" aria-label={t('merge.fields')}>
              <thead>
                <tr>
                  <th scope="col">{t('merge.field')}</th>
                  <th scope="col">{t('merge.thisRecord')}</th>
                  <th scope="col">{t('merge.otherRecord')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => {
                  const mine = sideValue('this', f);
                  const theirs = sideValue('other', f);
                  const same = mine === theirs;
                  const cell = (side: Side, text: string) =>
                    same ? (
                      <td>{text || '—'}</td>
                    ) : (
                      <td className={current[f] === side ? 'chosen' : undefined}>
                        <label className="row" style={{ alignItems: 'flex-start' }}>
                          <input
                            type="radio"
                            name={`merge-${f}`}
                            aria-label={t(side === 'this' ? 'merge.keepThis' : 'merge.keepOther', { field: fieldLabel(f) })}
                            checked={current[f] === side}
                            onChange={() => setChoices({ ...current, [f]: side })}
                          />
                          <span>{text || '—'}</span>
                        </label>
                      </td>
                    );
                  return (
                    <tr key={f}>
                      <th scope="row">{fieldLabel(f)}</th>
                      {cell('this', mine)}
                      {cell('other', theirs)}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="small muted">{t('merge.note')}</p>
          </>
        )}
      </div>
    </Dialog>
  );
}
