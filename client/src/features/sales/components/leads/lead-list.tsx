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
import { useSearchLeads, type LeadQuery } from '../../api/search-leads';
import { leadStatuses, type LeadStatus, type LeadSummary } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { LeadStatusBadge } from '../badges';
import { OwnerFilter, TeamFilter } from '../owner-select';
import { readParams, SearchInput } from '../search-input';
import { LeadFormDialog } from './lead-form-dialog';

const keys = ['q', 'status', 'ownerId', 'teamId', 'source'] as const;

/** The rep's leads: search as you type, filter by status, owner, team and source (kept in the URL), newest first. */
export function LeadList() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readParams(params, keys) as LeadQuery & { status?: LeadStatus }, [params]);
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
  const list = useSearchLeads(query);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items), [list.data]);
  const [creating, setCreating] = useState(false);
  const [source, setSource] = useState(query.source ?? '');
  const onSearch = useCallback((q: string) => update({ q }, true), [update]);
  const filtered = Object.keys(query).length > 0;

  const columns: Column<LeadSummary>[] = [
    {
      id: 'name',
      header: t('leads.fullName'),
      required: true,
      cell: (l) => (
        <Link to={`/sales/leads/${l.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {l.fullName}
        </Link>
      ),
    },
    { id: 'company', header: t('leads.company'), cell: (l) => l.company ?? '' },
    { id: 'email', header: t('leads.email'), cell: (l) => l.email ?? '' },
    { id: 'status', header: t('leads.status'), cell: (l) => <LeadStatusBadge status={l.status} /> },
    { id: 'score', header: t('leads.score'), cell: (l) => format.number(l.score) },
    { id: 'source', header: t('leads.source'), cell: (l) => l.source ?? '' },
    { id: 'owner', header: t('common.owner'), cell: (l) => directory.userName(l.ownerId) },
    { id: 'team', header: t('common.team'), hidden: true, cell: (l) => directory.teamName(l.teamId) },
    { id: 'created', header: t('leads.created'), cell: (l) => <span title={format.dateTime(l.createdAt)}>{format.relative(l.createdAt)}</span> },
  ];
  const choice = useColumnChoice('sales.leads', columns);

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('leads.title')}</h1>
        <span className="spacer" />
        <SearchInput value={query.q ?? ''} onSearch={onSearch} label={t('leads.search')} placeholder={t('leads.searchPlaceholder')} />
        <ColumnChooser columns={columns} hidden={choice.hidden} onToggle={choice.toggle} />
        {can('sales.write') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('leads.new')}
          </Button>
        )}
      </div>
      <div className="row wrap filters" style={{ alignItems: 'end' }}>
        <SelectField
          label={t('leads.status')}
          value={query.status ?? ''}
          onChange={(e) => update({ status: e.target.value })}
          options={[{ value: '', label: t('common.anyStatus') }, ...leadStatuses.map((s) => ({ value: s, label: t(`leadStatus.${s}`) }))]}
        />
        <OwnerFilter value={query.ownerId} onChange={(ownerId) => update({ ownerId })} />
        <TeamFilter value={query.teamId} onChange={(teamId) => update({ teamId })} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update({ source: source.trim() });
          }}
        >
          <TextField
            label={t('leads.source')}
            placeholder={t('leads.sourcePlaceholder')}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            onBlur={() => source.trim() !== (query.source ?? '') && update({ source: source.trim() })}
          />
        </form>
        {filtered && (
          <Button
            onClick={() => {
              setSource('');
              setParams(new URLSearchParams());
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </div>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{filtered ? t('common.noMatches') : t('leads.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('leads.title')}
          columns={choice.visible}
          rows={rows}
          rowKey={(l) => l.id}
          onOpen={(l) => navigate(`/sales/leads/${l.id}`)}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <LeadFormDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
