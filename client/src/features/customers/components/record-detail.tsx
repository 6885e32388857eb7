import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useDeleteRecord } from '../api/delete-record';
import { useDirectory } from '../api/get-directory';
import { useRecord } from '../api/get-record';
import { useRestoreRecord } from '../api/restore-record';
import { recordName, recordPath, type AnyDetails, type EntityKind } from '../model/types';
import { ClassificationPanel } from './classification-panel';
import { LogInteractionDialog } from './log-interaction-dialog';
import { MergeDialog } from './merge-dialog';
import { PropertiesPanel, TagsPanel } from './properties-panel';
import { RelationshipBadge, StageBadge, TierBadge } from './record-badges';
import { RecordHistory } from './record-history';
import { RecordTimeline } from './record-timeline';
import { TaskDialog } from './task-dialog';

export interface DetailTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Tabs as the ARIA pattern has them: arrow keys move between tabs; the chosen one is kept in the URL. */
function Tabs({ tabs, label }: { tabs: DetailTab[]; label: string }) {
  const [params, setParams] = useSearchParams();
  const selected = tabs.find((tab) => tab.id === params.get('tab')) ?? tabs[0]!;
  const select = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('tab', id);
        return next;
      },
      { replace: true },
    );
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    select(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected.id ? 0 : -1}
            onClick={() => select(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`panel-${selected.id}`} role="tabpanel" aria-labelledby={`tab-${selected.id}`}>
        {selected.content}
      </div>
    </div>
  );
}

function Header({ kind, record }: { kind: EntityKind; record: AnyDetails }) {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const toast = useToast();
  const directory = useDirectory();
  const { can } = usePermissions();
  const remove = useDeleteRecord(kind);
  const restore = useRestoreRecord(kind);
  const [dialog, setDialog] = useState<'interaction' | 'task' | 'merge' | 'delete' | null>(null);
  const active = !record.deletedAt && !record.mergedIntoId;
  const write = can('customers.write');
  const contactId = kind === 'contacts' ? record.id : null;
  const accountId = kind === 'accounts' ? record.id : 'accountId' in record ? record.accountId : null;

  return (
    <>
      <div className="page-header record-header">
        <div className="stack" style={{ gap: 6 }}>
          <div className="small muted">
            <Link to={`/customers/${kind}`}>{t(`${kind}.title`)}</Link>
          </div>
          <h1>
            {recordName(record)}
            {record.alternateName && <span className="muted" style={{ fontWeight: 400 }}> · {record.alternateName}</span>}
          </h1>
          <div className="row wrap">
            <TierBadge tier={record.tier} />
            <StageBadge stage={record.stage} />
            <RelationshipBadge relationship={record.relationship} />
            <span className="muted small">{t('detail.owner', { name: directory.userName(record.ownerId) || '—' })}</span>
            {'jobTitle' in record && record.jobTitle && <span className="muted small">· {record.jobTitle}</span>}
            {'accountId' in record && record.accountId && (
              <span className="small">
                · <Link to={recordPath('accounts', record.accountId)}>{record.accountName ?? t('fields.account')}</Link>
              </span>
            )}
            {'industry' in record && record.industry && <span className="muted small">· {record.industry}</span>}
          </div>
        </div>
        <span className="spacer" />
        {active && write && (
          <div className="row wrap">
            <Button onClick={() => setDialog('interaction')}>{t('interaction.open')}</Button>
            <Button onClick={() => setDialog('task')}>{t('task.add')}</Button>
            <Button onClick={() => setDialog('merge')}>{t('merge.open')}</Button>
            <Button variant="danger" onClick={() => setDialog('delete')}>
              {t('actions.delete')}
            </Button>
          </div>
        )}
      </div>
      {record.mergedIntoId && (
        <div className="banner warning" role="status" style={{ marginBottom: 12 }}>
          {t('detail.merged')} <Link to={recordPath(kind, record.mergedIntoId)}>{t('detail.openSurvivor')}</Link>
        </div>
      )}
      {record.deletedAt && !record.mergedIntoId && (
        <div className="banner warning row" role="status" style={{ marginBottom: 12 }}>
          <span>{t('detail.deleted')}</span>
          <span className="spacer" />
          {write && (
            <Button size="small" disabled={restore.isPending} onClick={() => restore.mutate(record.id, { onSuccess: () => toast(t('detail.restored', { name: recordName(record) })) })}>
              {t('actions.restore')}
            </Button>
          )}
        </div>
      )}
      {restore.error && <ErrorBanner error={restore.error} />}
      {dialog === 'interaction' && <LogInteractionDialog contactId={contactId} accountId={accountId} onClose={() => setDialog(null)} />}
      {dialog === 'task' && <TaskDialog contactId={contactId} accountId={accountId} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeDialog kind={kind} record={record} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <Dialog
          open
          onClose={() => setDialog(null)}
          title={t('detail.deleteTitle', { name: recordName(record) })}
          footer={
            <>
              <Button onClick={() => setDialog(null)}>{t('actions.cancel')}</Button>
              <Button
                variant="primary"
                className="danger-fill"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: record.id, version: record.version },
                    {
                      onSuccess: () => {
                        toast(t('detail.deletedToast', { name: recordName(record) }));
                        navigate(`/customers/${kind}`);
                      },
                    },
                  )
                }
              >
                {t('detail.deleteConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('detail.deleteBody')}</p>
          {remove.error && <ErrorBanner error={remove.error} />}
        </Dialog>
      )}
    </>
  );
}

/** A contact's or account's page: header and actions, properties, tags, classification, timeline and history. */
export function RecordDetail({ kind, id, tabs = [] }: { kind: EntityKind; id: string; tabs?: DetailTab[] }) {
  const { t } = useTranslation('customers');
  const query = useRecord(kind, id);
  if (query.error) return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spinner />;
  const record = query.data;
  return (
    <div>
      <Header kind={kind} record={record} />
      <div className="detail">
        <div>
          <PropertiesPanel key={`props-${record.id}`} kind={kind} record={record} />
          <TagsPanel key={`tags-${record.id}`} kind={kind} record={record} />
          <ClassificationPanel key={`class-${record.id}`} kind={kind} record={record} />
        </div>
        <section className="card" aria-label={t('detail.activity')}>
          <Tabs
            label={t('detail.activity')}
            tabs={[
              { id: 'timeline', label: t('timeline.tab'), content: <RecordTimeline kind={kind} id={record.id} /> },
              ...tabs,
              { id: 'history', label: t('history.tab'), content: <RecordHistory kind={kind} id={record.id} /> },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
