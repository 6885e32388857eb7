import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ColumnChooser, useColumnChoice } from '@/components/ui/column-chooser';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import { useDirectory } from '../api/get-directory';
import { useExportRecords } from '../api/export-records';
import { useRestoreRecord } from '../api/restore-record';
import { useSearchRecords } from '../api/search-records';
import { activeFilters, readFilters, toListQuery, writeFilters, type ListFilters } from '../model/list-filters';
import { recordName, recordPath, type AnySummary, type EntityKind } from '../model/types';
import { FilterBar } from './filter-bar';
import { RelationshipBadge, StageBadge, TierBadge } from './record-badges';
import { RecordFormDialog } from './record-form-dialog';

/** The list's filters, kept in the URL: changing a filter is a history entry, typing in the search box is not. */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<ListFilters>, replace = false) => setParams((current) => writeFilters({ ...readFilters(current), ...patch }), { replace }),
    [setParams],
  );
  return { filters, update };
}

function SearchBox({ kind, value, onSearch }: { kind: EntityKind; value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('customers');
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The URL's search changed from outside (back button): show it.
    setSeen(value);
    setText(value);
  }
  const settled = useDebounced(text, 300);
  const last = useRef(settled);
  useEffect(() => {
    if (settled === last.current) return;
    last.current = settled;
    if (settled.trim() !== value.trim()) onSearch(settled);
  }, [settled, value, onSearch]);
  return (
    <input
      type="search"
      className="input search-input"
      aria-label={t(`${kind}.search`)}
      placeholder={t(`${kind}.searchPlaceholder`)}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => e.key === 'Escape' && setText('')}
    />
  );
}

/** A contact or account list: search as you type, filters, sort, saved columns, infinite scroll, export and trash. */
export function RecordList({ kind }: { kind: EntityKind }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const navigate = useNavigate();
  const toast = useToast();
  const { can } = usePermissions();
  const directory = useDirectory();
  const { filters, update } = useListFilters();
  const query = useMemo(() => toListQuery(filters), [filters]);
  const list = useSearchRecords(kind, query);
  const exporter = useExportRecords(kind);
  const restore = useRestoreRecord(kind);
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((p) => p.items as AnySummary[]), [list.data]);
  const onSearch = useCallback((q: string) => update({ q }, true), [update]);

  const columns: Column<AnySummary>[] = [
    {
      id: 'name',
      header: t('fields.name'),
      sort: 'name',
      required: true,
      cell: (r) => (
        <span className="row" style={{ gap: 6 }}>
          <Link to={recordPath(kind, r.id)} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
            {recordName(r)}
          </Link>
          {r.alternateName && <span className="muted">{r.alternateName}</span>}
          {r.fuzzy && <Badge tone="warning">{t('list.similar')}</Badge>}
        </span>
      ),
    },
    ...(kind === 'contacts'
      ? [{ id: 'account', header: t('fields.account'), cell: (r: AnySummary) => ('accountName' in r ? (r.accountName ?? '') : '') }]
      : [{ id: 'industry', header: t('fields.industry'), cell: (r: AnySummary) => ('industry' in r ? (r.industry ?? '') : '') }]),
    { id: 'email', header: t('fields.email'), cell: (r) => r.email ?? '' },
    { id: 'phone', header: t('fields.phone'), cell: (r) => r.phone ?? '' },
    { id: 'tier', header: t('fields.tier'), cell: (r) => <TierBadge tier={r.tier} /> },
    { id: 'stage', header: t('fields.stage'), cell: (r) => <StageBadge stage={r.stage} /> },
    { id: 'relationship', header: t('fields.relationship'), hidden: true, cell: (r) => <RelationshipBadge relationship={r.relationship} /> },
    { id: 'owner', header: t('fields.owner'), cell: (r) => directory.userName(r.ownerId) },
    { id: 'team', header: t('fields.team'), hidden: true, cell: (r) => directory.teamName(r.teamId) },
    {
      id: 'tags',
      header: t('fields.tags'),
      cell: (r) => (
        <span className="row" style={{ gap: 4 }}>
          {r.tags.map((tag) => (
            <span key={tag} className="tag" style={{ paddingRight: 8 }}>
              {tag}
            </span>
          ))}
        </span>
      ),
    },
    { id: 'createdAt', header: t('fields.createdAt'), sort: 'createdAt', hidden: true, cell: (r) => format.date(r.createdAt) },
    { id: 'updatedAt', header: t('fields.updatedAt'), sort: 'updatedAt', cell: (r) => <span title={format.dateTime(r.updatedAt)}>{format.relative(r.updatedAt)}</span> },
  ];
  const choice = useColumnChoice(`customers.${kind}`, columns);
  const visible = [...choice.visible];
  if (filters.deleted) {
    visible.push({
      id: 'restore',
      header: t('list.deletedAt'),
      required: true,
      cell: (r) => (
        <span className="row">
          <span className="muted small">{format.dateTime(r.deletedAt)}</span>
          {can('customers.write') && (
            <Button
              size="small"
              aria-label={t('actions.restoreNamed', { name: recordName(r) })}
              onClick={(e) => {
                e.stopPropagation();
                restore.mutate(r.id, { onSuccess: () => toast(t('detail.restored', { name: recordName(r) })) });
              }}
            >
              {t('actions.restore')}
            </Button>
          )}
        </span>
      ),
    });
  }

  // As the server sorts when the URL says nothing: a list by name, a search newest first.
  const sortKey = filters.sort ?? (filters.q.trim() !== '' ? 'createdAt' : 'name');
  const sort = { sort: sortKey, dir: filters.dir ?? (sortKey !== 'name' ? 'desc' : 'asc') } as const;
  const filtered = activeFilters(filters).length > 0 || filters.q.trim() !== '';

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{filters.deleted ? t(`${kind}.trashTitle`) : t(`${kind}.title`)}</h1>
        <span className="spacer" />
        <SearchBox kind={kind} value={filters.q} onSearch={onSearch} />
        <ColumnChooser columns={columns} hidden={choice.hidden} onToggle={choice.toggle} />
        <Button
          onClick={() => exporter.mutate(query, { onError: () => undefined })}
          disabled={exporter.isPending}
          aria-busy={exporter.isPending || undefined}
        >
          {exporter.isPending ? t('list.exporting') : t('list.export')}
        </Button>
        {can('customers.write') && (
          <Link className="btn" to={`/customers/import?kind=${kind}`}>
            {t('list.import')}
          </Link>
        )}
        {can('customers.write') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t(`${kind}.new`)}
          </Button>
        )}
      </div>
      <div className="row wrap">
        <FilterBar filters={filters} onChange={(patch) => update(patch)} />
        <span className="spacer" />
        <label className="row small">
          <input type="checkbox" checked={filters.deleted} onChange={(e) => update({ deleted: e.target.checked })} />
          {t('list.showDeleted')}
        </label>
      </div>
      {exporter.error && <ErrorBanner error={exporter.error} />}
      {restore.error && <ErrorBanner error={restore.error} />}
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>
          <p>{filtered ? t('list.noMatches') : filters.deleted ? t('list.trashEmpty') : t(`${kind}.empty`)}</p>
          {filtered && (
            <Button onClick={() => update({ q: '', tier: undefined, stage: undefined, relationship: undefined, ownerId: undefined, teamId: undefined, tag: undefined })}>
              {t('filters.clear')}
            </Button>
          )}
        </EmptyState>
      ) : (
        <DataTable
          label={t(`${kind}.title`)}
          columns={visible}
          rows={rows}
          rowKey={(r) => r.id}
          onOpen={(r) => navigate(recordPath(kind, r.id))}
          sort={sort}
          onSort={(s) => update({ sort: s.sort as ListFilters['sort'], dir: s.dir })}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <RecordFormDialog kind={kind} onClose={() => setCreating(false)} />}
    </div>
  );
}
