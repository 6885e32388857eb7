import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { TagEditor } from '@/components/ui/tag-editor';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { useDirectory } from '../api/get-directory';
import { addressKeys, kindFields, toValues, type FormValues } from '../model/record-values';
import { recordPath, type AnyDetails, type EntityKind } from '../model/types';
import { RecordFields, useFieldLabel } from './record-fields';
import { useRecordSave } from './use-record-save';

/** The record's fields: read as a list, or (Edit) as a form saved with the record's version. */
export function PropertiesPanel({ kind, record }: { kind: EntityKind; record: AnyDetails }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const toast = useToast();
  const label = useFieldLabel(kind);
  const directory = useDirectory();
  const { can } = usePermissions();
  const [draft, setDraft] = useState<FormValues | null>(null);
  const saver = useRecordSave(kind, record, () => setDraft(null));
  const editable = can('customers.write') && !record.deletedAt && !record.mergedIntoId;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (draft && (await saver.save(draft))) toast(t('detail.saved'));
  };

  const values = toValues(record);
  const rows: [string, ReactNode][] = [];
  for (const field of kindFields[kind]) {
    if ((addressKeys as readonly string[]).includes(field)) continue;
    if (field === 'name') continue;
    let value: ReactNode = values[field] || null;
    if (field === 'accountId') value = values.accountId ? <Link to={recordPath('accounts', values.accountId)}>{values.accountName || values.accountId}</Link> : null;
    if (field === 'email' && values.email) value = <a href={`mailto:${values.email}`}>{values.email}</a>;
    if (field === 'website' && values.website) value = <a href={/^https?:\/\//i.test(values.website) ? values.website : `https://${values.website}`} target="_blank" rel="noreferrer">{values.website}</a>;
    if (field === 'notes' && values.notes) value = <span style={{ whiteSpace: 'pre-wrap' }}>{values.notes}</span>;
    rows.push([label(field), value]);
    if (field === 'mobile' || (kind === 'accounts' && field === 'phone')) {
      rows.push([t('fields.address'), addressKeys.map((k) => values[k]).filter(Boolean).join(', ') || null]);
    }
  }
  rows.push([t('fields.owner'), directory.userName(record.ownerId) || null]);
  rows.push([t('fields.team'), directory.teamName(record.teamId) || null]);
  const purchases = record.purchases;
  if (purchases && purchases.orderCount > 0) {
    rows.push([
      t('detail.purchases'),
      t('detail.purchasesValue', {
        count: format.number(purchases.orderCount),
        total: purchases.currency ? format.money(purchases.totalValue, purchases.currency) : format.number(purchases.totalValue),
      }),
    ]);
    if (purchases.lastOrderAt) rows.push([t('detail.lastOrder'), format.date(purchases.lastOrderAt)]);
  }
  rows.push([t('fields.createdAt'), format.dateTime(record.createdAt)]);
  rows.push([t('fields.updatedAt'), <span title={format.dateTime(record.updatedAt)}>{format.relative(record.updatedAt)}</span>]);

  return (
    <section className="card" aria-labelledby="properties-title">
      <div className="card-title">
        <h2 id="properties-title">{t('detail.properties')}</h2>
        <span className="spacer" />
        {editable && !draft && (
          <Button size="small" onClick={() => setDraft(toValues(record))}>
            {t('actions.edit')}
          </Button>
        )}
      </div>
      {draft ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="stack" onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}>
          {saver.error !== null && <ErrorBanner error={saver.error} />}
          <RecordFields
            kind={kind}
            values={draft}
            withTags={false}
            errors={isApiError(saver.error) ? saver.error.fieldErrors : {}}
            onChange={(patch) => setDraft((d) => (d ? { ...d, ...patch } : d))}
          />
          <div className="row">
            <span className="spacer" />
            <Button onClick={() => setDraft(null)}>{t('actions.cancel')}</Button>
            <Button variant="primary" type="submit" disabled={saver.saving}>
              {saver.saving ? t('actions.saving') : t('actions.save')}
            </Button>
          </div>
        </form>
      ) : (
        <dl className="props">
          {rows.map(([name, value]) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt>{name}</dt>
              <dd>{value ?? <span className="muted">—</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {saver.dialogs}
    </section>
  );
}

/** Tags, edited in place: each add or remove is saved at once. */
export function TagsPanel({ kind, record }: { kind: EntityKind; record: AnyDetails }) {
  const { t } = useTranslation('customers');
  const { can } = usePermissions();
  const saver = useRecordSave(kind, record, () => undefined);
  const editable = can('customers.write') && !record.deletedAt && !record.mergedIntoId;
  return (
    <section className="card" aria-labelledby="tags-title">
      <div className="card-title">
        <h2 id="tags-title">{t('fields.tags')}</h2>
        {saver.saving && <span className="muted small">{t('actions.saving')}</span>}
      </div>
      {saver.error !== null && <ErrorBanner error={saver.error} />}
      {editable ? (
        <TagEditor label={t('fields.tags')} value={record.tags} onChange={(tags) => void saver.save({ ...toValues(record), tags })} />
      ) : record.tags.length > 0 ? (
        <div className="row wrap">
          {record.tags.map((tag) => (
            <span key={tag} className="tag" style={{ paddingRight: 8 }}>
              {tag}
            </span>
          ))}
        </div>
      ) : (
        <p className="muted">{t('detail.noTags')}</p>
      )}
      {saver.dialogs}
    </section>
  );
}
