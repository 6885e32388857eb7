import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { fieldError, isApiError } from '@/lib/problem';
import { useClassifyRecord } from '../api/classify-record';
import { useClassificationHistory } from '../api/get-classification-history';
import { relationships, stages, tiers, type AnyDetails, type ClassificationEntry, type EntityKind, type Relationship, type Stage, type Tier } from '../model/types';

/** Tier, lifecycle stage and relationship, changed with a reason, and the history of those changes. */
export function ClassificationPanel({ kind, record }: { kind: EntityKind; record: AnyDetails }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const toast = useToast();
  const { can } = usePermissions();
  const classify = useClassifyRecord(kind, record.id);
  const history = useClassificationHistory(kind, record.id);
  const [tier, setTier] = useState<Tier>(record.tier);
  const [stage, setStage] = useState<Stage>(record.stage);
  const [relationship, setRelationship] = useState<Relationship>(record.relationship);
  const [reason, setReason] = useState('');
  const [seen, setSeen] = useState(record.version);
  if (seen !== record.version) {
    // The record changed (saved here or elsewhere): start from its values.
    setSeen(record.version);
    setTier(record.tier);
    setStage(record.stage);
    setRelationship(record.relationship);
  }
  const changed = tier !== record.tier || stage !== record.stage || relationship !== record.relationship;
  const editable = can('customers.write') && !record.deletedAt && !record.mergedIntoId;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    classify.mutate(
      {
        version: record.version,
        ...(tier !== record.tier ? { tier } : {}),
        ...(stage !== record.stage ? { stage } : {}),
        ...(relationship !== record.relationship ? { relationship } : {}),
        reason: reason.trim() || null,
      },
      {
        onSuccess: () => {
          setReason('');
          toast(t('classification.saved'));
        },
      },
    );
  };

  const valueLabel = (entry: ClassificationEntry, value: string) => {
    if (entry.field === 'Tier' && (tiers as readonly string[]).includes(value)) return t(`tier.${value as Tier}`);
    if (entry.field === 'Stage' && (stages as readonly string[]).includes(value)) return t(`stage.${value as Stage}`);
    if (entry.field === 'Relationship' && (relationships as readonly string[]).includes(value)) return t(`relationship.${value as Relationship}`);
    return value;
  };
  const entries = (history.data?.pages ?? []).flatMap((p) => p.items);

  return (
    <section className="card" aria-labelledby="classification-title">
      <div className="card-title">
        <h2 id="classification-title">{t('classification.title')}</h2>
      </div>
      <form className="stack" onSubmit={onSubmit}>
        {classify.error && !(isApiError(classify.error) && classify.error.status === 400) && <ErrorBanner error={classify.error} />}
        <SelectField
          label={t('fields.tier')}
          value={tier}
          disabled={!editable}
          error={fieldError(classify.error, 'tier')}
          onChange={(e) => setTier(e.target.value as Tier)}
          options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))}
        />
        <SelectField
          label={t('fields.stage')}
          value={stage}
          disabled={!editable}
          error={fieldError(classify.error, 'stage')}
          onChange={(e) => setStage(e.target.value as Stage)}
          options={stages.map((v) => ({ value: v, label: t(`stage.${v}`) }))}
        />
        <SelectField
          label={t('fields.relationship')}
          value={relationship}
          disabled={!editable}
          error={fieldError(classify.error, 'relationship')}
          onChange={(e) => setRelationship(e.target.value as Relationship)}
          options={relationships.map((v) => ({ value: v, label: t(`relationship.${v}`) }))}
        />
        {editable && changed && (
          <>
            <TextField label={t('classification.reason')} value={reason} error={fieldError(classify.error, 'reason')} onChange={(e) => setReason(e.target.value)} />
            <div className="row">
              <span className="spacer" />
              <Button
                onClick={() => {
                  setTier(record.tier);
                  setStage(record.stage);
                  setRelationship(record.relationship);
                }}
              >
                {t('actions.cancel')}
              </Button>
              <Button variant="primary" type="submit" disabled={classify.isPending}>
                {t('classification.change')}
              </Button>
            </div>
          </>
        )}
      </form>
      <h3 style={{ marginTop: 16 }}>{t('classification.history')}</h3>
      {history.error ? (
        <ErrorBanner error={history.error} />
      ) : entries.length === 0 ? (
        <p className="muted small">{history.isPending ? t('state.loading') : t('classification.noHistory')}</p>
      ) : (
        <ul className="timeline" aria-label={t('classification.history')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="dot" aria-hidden="true">
                {entry.field.slice(0, 1)}
              </span>
              <div>
                <div>
                  {t('classification.entry', {
                    field: t(`fields.${entry.field.toLowerCase() as 'tier' | 'stage' | 'relationship'}`),
                    from: valueLabel(entry, entry.oldValue),
                    to: valueLabel(entry, entry.newValue),
                  })}
                </div>
                {entry.reason && <div className="small">“{entry.reason}”</div>}
                <div className="muted small">
                  {entry.changedByName ?? ''} · <time dateTime={entry.changedAt} title={format.dateTime(entry.changedAt)}>{format.relative(entry.changedAt)}</time>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {history.hasNextPage && (
        <Button size="small" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {t('actions.showMore')}
        </Button>
      )}
    </section>
  );
}
