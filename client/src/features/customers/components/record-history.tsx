import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useFormat } from '@/lib/format';
import { useRecordHistory } from '../api/get-record-history';
import type { EntityKind } from '../model/types';

/** The audit trail: who changed which field, from what to what, and when. */
export function RecordHistory({ kind, id }: { kind: EntityKind; id: string }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const history = useRecordHistory(kind, id);
  const records = (history.data?.pages ?? []).flatMap((p) => p.items);
  const show = (v?: string | null) => (v === null || v === undefined || v === '' ? '—' : v);

  if (history.error) return <ErrorBanner error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Spinner />;
  if (records.length === 0) return <EmptyState>{t('history.empty')}</EmptyState>;
  return (
    <div className="stack">
      <ol className="timeline" aria-label={t('history.label')}>
        {records.map((r) => (
          <li key={r.id}>
            <span className="dot" aria-hidden="true">
              {t(`history.action.${r.action}`).slice(0, 1)}
            </span>
            <div className="stack" style={{ gap: 4 }}>
              <div>
                <strong>{t(`history.action.${r.action}`)}</strong>
                <span className="muted small">
                  {' '}
                  · {r.userName ?? ''} ·{' '}
                  <time dateTime={r.occurredAt} title={format.dateTime(r.occurredAt)}>
                    {format.relative(r.occurredAt)}
                  </time>
                </span>
              </div>
              {r.changes.length > 0 && (
                <table className="diff small">
                  <thead>
                    <tr>
                      <th scope="col">{t('history.field')}</th>
                      <th scope="col">{t('history.before')}</th>
                      <th scope="col">{t('history.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.changes.map((c, i) => (
                      <tr key={`${c.field}-${i}`}>
                        <th scope="row">{c.field}</th>
                        <td>{show(c.old)}</td>
                        <td>{show(c.new)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {t('actions.showMore')}
        </Button>
      )}
    </div>
  );
}
