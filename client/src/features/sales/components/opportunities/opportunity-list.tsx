import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { ColumnChooser, useColumnChoice } from '@/components/ui/column-chooser';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { usePermissions } from '@/lib/auth';
import { useDirectory } from '../../api/get-directory';
import { usePipelines } from '../../api/list-pipelines';
import { useSearchOpportunities, type OpportunityQuery } from '../../api/search-opportunities';
import { isoDay } from '../../model/period';
import { opportunityStatuses, type OpportunitySummary } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { ForecastCategoryBadge, OpportunityStatusBadge } from '../badges';
import { OwnerFilter, TeamFilter } from '../owner-select';
import { readParams, SearchInput } from '../search-input';
import { OpportunityFormDialog } from './opportunity-form-dialog';

const keys = ['q', 'status', 'ownerId', 'teamId', 'pipelineId', 'stageId', 'closeFrom', 'closeTo'] as const;

/** Every visible deal as a table, by close date: search, status, owner, pipeline, stage and close-date filters in the URL. */
export function OpportunityList() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const directory = useDirectory();
  const pipelines = usePipelines();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readParams(params, keys) as OpportunityQuery, [params]);
  const update = useCallback(
    (patch: Partial<Record<(typeof keys)[number], string | undefined>>, replace = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const list = useSearchOpportunities(query);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);
  const [creating, setCreating] = useState(false);
  const onSearch = useCallback((q: string) => update({ q }, true), [update]);
  const filtered = Object.keys(query).length > 0;
  const pipeline = pipelines.data?.find((p) => p.id === query.pipelineId);
  const today = isoDay();

  const columns: Column<OpportunitySummary>[] = [
    {
      id: 'name',
      header: t('opportunities.name'),
      required: true,
      cell: (o) => (
        <Link to={`/sales/opportunities/${o.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {o.name}
        </Link>
      ),
    },
    { id: 'customer', header: t('opportunities.customer'), cell: (o) => o.accountName ?? o.contactName ?? '' },
    { id: 'stage', header: t('opportunities.stage'), cell: (o) => o.stageName },
    { id: 'amount', header: t('opportunities.amount'), cell: (o) => <span className="num">{format.money(o.amount, o.currency)}</span> },
    { id: 'probability', header: t('opportunities.probability'), cell: (o) => format.percent100(o.probability) },
    {
      id: 'closeDate',
      header: t('opportunities.closeDate'),
      cell: (o) => <span className={o.status === 'Open' && o.closeDate < today ? 'overdue' : undefined}>{format.day(o.closeDate)}</span>,
    },
    { id: 'forecast', header: t('opportunities.forecastCategory'), cell: (o) => <ForecastCategoryBadge category={o.forecastCategory} /> },
    { id: 'status', header: t('opportunities.status'), cell: (o) => <OpportunityStatusBadge status={o.status} /> },
    { id: 'nextStep', header: t('opportunities.nextStep'), cell: (o) => o.nextStep ?? '' },
    { id: 'owner', header: t('common.owner'), cell: (o) => directory.userName(o.ownerId) },
    { id: 'team', header: t('common.team'), hidden: true, cell: (o) => directory.teamName(o.teamId) },
  ];
  const choice = useColumnChoice('sales.opportunities', columns);

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('opportunities.title')}</h1>
        <span className="spacer" />
        <SearchInput value={query.q ?? ''} onSearch={onSearch} label={t('opportunities.search')} placeholder={t('opportunities.searchPlaceholder')} />
        <ColumnChooser columns={columns} hidden={choice.hidden} onToggle={choice.toggle} />
        <Link className="btn" to="/sales/pipeline">
          {t('board.title')}
        </Link>
        {can('sales.write') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('opportunities.new')}
          </Button>
        )}
      </div>
      <div className="row wrap filters" style={{ alignItems: 'end' }}>
        <SelectField
          label={t('opportunities.status')}
          value={query.status ?? ''}
          onChange={(e) => update({ status: e.target.value })}
          options={[{ value: '', label: t('common.anyStatus') }, ...opportunityStatuses.map((s) => ({ value: s, label: t(`opportunityStatus.${s}`) }))]}
        />
        <OwnerFilter value={query.ownerId} onChange={(ownerId) => update({ ownerId })} />
        <TeamFilter value={query.teamId} onChange={(teamId) => update({ teamId })} />
        <SelectField
          label={t('opportunities.pipeline')}
          value={query.pipelineId ?? ''}
          onChange={(e) => update({ pipelineId: e.target.value, stageId: undefined })}
          options={[{ value: '', label: t('common.allPipelines') }, ...(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
        />
        {pipeline && (
          <SelectField
            label={t('opportunities.stage')}
            value={query.stageId ?? ''}
            onChange={(e) => update({ stageId: e.target.value })}
            options={[{ value: '', label: '—' }, ...pipeline.stages.map((s) => ({ value: s.id, label: s.name }))]}
          />
        )}
        <TextField label={t('opportunities.closeFrom')} type="date" value={query.closeFrom ?? ''} onChange={(e) => update({ closeFrom: e.target.value })} />
        <TextField label={t('opportunities.closeTo')} type="date" value={query.closeTo ?? ''} onChange={(e) => update({ closeTo: e.target.value })} />
        {filtered && <Button onClick={() => setParams(new URLSearchParams())}>{t('common.clearFilters')}</Button>}
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{filtered ? t('common.noMatches') : t('opportunities.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('opportunities.title')}
          columns={choice.visible}
          rows={rows}
          rowKey={(o) => o.id}
          onOpen={(o) => navigate(`/sales/opportunities/${o.id}`)}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <OpportunityFormDialog pipelineId={query.pipelineId} onClose={() => setCreating(false)} />}
    </div>
  );
}
