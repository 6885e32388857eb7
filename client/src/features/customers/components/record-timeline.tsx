import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useFormat } from '@/lib/format';
import { useRecordTimeline } from '../api/get-record-timeline';
import type { EntityKind } from '../model/types';

/** The kinds of timeline line the filter offers, by the values the API's `kinds` takes. */
const kindGroups = {
  all: '',
  interactions: 'interaction.logged',
  tasks: 'task.created,task.completed',
  classification: 'classification.changed',
  merges: 'record.merged',
} as const;
type KindGroup = keyof typeof kindGroups;

const knownKinds = ['interaction.logged', 'task.created', 'task.completed', 'classification.changed', 'record.merged'] as const;

/** The 360° timeline: interactions, tasks, classification changes and merges, newest first, a page at a time. */
export function RecordTimeline({ kind, id }: { kind: EntityKind; id: string }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const [group, setGroup] = useState<KindGroup>('all');
  const timeline = useRecordTimeline(kind, id, kindGroups[group]);
  const items = (timeline.data?.pages ?? []).flatMap((p) => p.items);
  const filterId = useId();

  const kindLabel = (k: string) => ((knownKinds as readonly string[]).includes(k) ? t(`timeline.kind.${k.replace('.', '_') as 'interaction_logged'}`) : k);
  const initial = (k: string) => kindLabel(k).slice(0, 1).toUpperCase();

  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={filterId} className="small muted">
          {t('timeline.show')}
        </label>
        <select id={filterId} className="input" value={group} onChange={(e) => setGroup(e.target.value as KindGroup)}>
          {(Object.keys(kindGroups) as KindGroup[]).map((g) => (
            <option key={g} value={g}>
              {t(`timeline.groups.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {timeline.error ? (
        <ErrorBanner error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <Spinner />
      ) : items.length === 0 ? (
        <EmptyState>{t('timeline.empty')}</EmptyState>
      ) : (
        <ol className="timeline" aria-label={t('timeline.label')}>
          {items.map((item) => (
            <li key={item.id} data-kind={item.kind}>
              <span className="dot" aria-hidden="true" title={kindLabel(item.kind)}>
                {initial(item.kind)}
              </span>
              <div className="stack" style={{ gap: 2 }}>
                <div className="row wrap" style={{ gap: 6 }}>
                  <strong>{item.title}</strong>
                  <span className="badge">{kindLabel(item.kind)}</span>
                </div>
                {item.summary && <div style={{ whiteSpace: 'pre-wrap' }}>{item.summary}</div>}
                <div className="muted small">
                  {item.actorName && <>{item.actorName} · </>}
                  <time dateTime={item.occurredAt} title={format.dateTime(item.occurredAt)}>
                    {format.relative(item.occurredAt)}
                  </time>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <Button onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage}>
          {timeline.isFetchingNextPage ? t('state.loading') : t('actions.showMore')}
        </Button>
      )}
    </div>
  );
}
