import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { usePermissions } from '@/lib/auth';
import { usePipelines } from '../../api/list-pipelines';
import type { PipelineDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { StageBadge } from '../badges';
import { PipelineDialog } from './pipeline-dialog';

/** Every pipeline with its stages in order; managers create and edit them. */
export function PipelinesPanel() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const { can } = usePermissions();
  const pipelines = usePipelines();
  const [editing, setEditing] = useState<PipelineDetails | 'new' | null>(null);

  return (
    <div className="stack">
      <div className="row">
        <span className="spacer" />
        {can('sales.manage') && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('pipelines.new')}
          </Button>
        )}
      </div>
      {pipelines.error ? (
        <ErrorBanner error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : pipelines.isPending ? (
        <Spinner />
      ) : pipelines.data.length === 0 ? (
        <EmptyState>{t('pipelines.empty')}</EmptyState>
      ) : (
        pipelines.data.map((p) => (
          <section key={p.id} className="card" aria-labelledby={`pipeline-${p.id}`}>
            <div className="card-title">
              <h2 id={`pipeline-${p.id}`}>{p.name}</h2>
              {p.isDefault && <Badge tone="accent">{t('common.default')}</Badge>}
              {!p.isActive && <Badge>{t('pipelines.retired')}</Badge>}
              <span className="muted small">{t('pipelines.stageCount', { count: p.stages.length })}</span>
              <span className="spacer" />
              {can('sales.manage') && (
                <Button size="small" aria-label={t('common.editNamed', { name: p.name })} onClick={() => setEditing(p)}>
                  {t('pipelines.edit')}
                </Button>
              )}
            </div>
            <ol className="stage-strip">
              {p.stages.map((s) => (
                <li key={s.id}>
                  <StageBadge name={s.name} category={s.category} />
                  <span className="muted small">{format.percent100(s.probability)}</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      {editing && <PipelineDialog pipeline={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
