import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useChangeTaskStatus } from '../api/change-task-status';
import { useListTasks } from '../api/list-tasks';
import { recordPath, type TaskQuery, type TaskSummary } from '../model/types';
import { TaskDialog } from './task-dialog';

export const taskViews = ['mine', 'today', 'overdue', 'all'] as const;
export type TaskView = (typeof taskViews)[number];

/** The API query of each tab; "today" is today in the browser's time zone. */
export function taskQuery(view: TaskView, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): TaskQuery {
  switch (view) {
    case 'mine':
      return { mine: true, status: 'open' };
    case 'today':
      return { mine: true, due: 'today', tz: timeZone };
    case 'overdue':
      return { mine: true, due: 'overdue' };
    default:
      return {};
  }
}

const isOpen = (task: TaskSummary) => task.status === 'Open' || task.status === 'InProgress';

/** Tasks: mine, due today, overdue, or all I can see; complete (or reopen) one from its row. */
export function TasksList() {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const view: TaskView = (taskViews as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as TaskView) : 'mine';
  const query = useMemo(() => taskQuery(view), [view]);
  const list = useListTasks(query);
  const change = useChangeTaskStatus();
  const [creating, setCreating] = useState(false);
  const rows = (list.data?.pages ?? []).flatMap((p) => p.items);
  // Overdue is judged against when the page opened, so rows do not change as it re-renders.
  const [now] = useState(() => Date.now());

  const toggle = (task: TaskSummary) => {
    const status = isOpen(task) ? 'Done' : 'Open';
    change.mutate(
      { id: task.id, status, version: task.version },
      { onSuccess: () => toast(status === 'Done' ? t('tasks.completed', { title: task.title }) : t('tasks.reopened', { title: task.title })) },
    );
  };

  const columns: Column<TaskSummary>[] = [
    {
      id: 'done',
      header: t('tasks.done'),
      required: true,
      cell: (task) => (
        <input
          type="checkbox"
          checked={task.status === 'Done'}
          disabled={!can('customers.write') || task.status === 'Cancelled' || change.isPending}
          aria-label={isOpen(task) ? t('tasks.complete', { title: task.title }) : t('tasks.reopen', { title: task.title })}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          onChange={() => toggle(task)}
        />
      ),
    },
    {
      id: 'title',
      header: t('task.titleField'),
      required: true,
      cell: (task) => <span style={task.status === 'Done' ? { textDecoration: 'line-through' } : undefined}>{task.title}</span>,
    },
    {
      id: 'due',
      header: t('task.due'),
      cell: (task) =>
        task.dueAt ? (
          <span title={format.dateTime(task.dueAt)} className={isOpen(task) && new Date(task.dueAt).getTime() < now ? 'overdue' : undefined}>
            {format.dateTime(task.dueAt)}
            {isOpen(task) && new Date(task.dueAt).getTime() < now && <> · {t('tasks.overdueBadge')}</>}
          </span>
        ) : (
          <span className="muted">{t('tasks.noDue')}</span>
        ),
    },
    { id: 'priority', header: t('task.priority'), cell: (task) => <Badge tone={task.priority === 'High' ? 'danger' : undefined}>{t(`priority.${task.priority}`)}</Badge> },
    {
      id: 'about',
      header: t('tasks.about'),
      cell: (task) =>
        task.contactId ? (
          <Link to={recordPath('contacts', task.contactId)} onClick={(e) => e.stopPropagation()}>
            {task.contactName ?? t('search.contact')}
          </Link>
        ) : task.accountId ? (
          <Link to={recordPath('accounts', task.accountId)} onClick={(e) => e.stopPropagation()}>
            {task.accountName ?? t('search.account')}
          </Link>
        ) : (
          ''
        ),
    },
    { id: 'assignee', header: t('task.assignee'), cell: (task) => task.assigneeName ?? '' },
    { id: 'status', header: t('tasks.status'), cell: (task) => t(`taskStatus.${task.status}`) },
  ];

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('tasks.title')}</h1>
        <span className="spacer" />
        {can('customers.write') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('task.new')}
          </Button>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label={t('tasks.views')}>
        {taskViews.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            onClick={() => setParams(v === 'mine' ? {} : { view: v })}
          >
            {t(`tasks.view.${v}`)}
          </button>
        ))}
      </div>
      {change.error && <ErrorBanner error={change.error} />}
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <EmptyState>{t(`tasks.empty.${view}`)}</EmptyState>
      ) : (
        <DataTable
          label={t('tasks.title')}
          columns={columns}
          rows={rows}
          rowKey={(task) => task.id}
          onOpen={(task) => task.contactId ? navigate(recordPath('contacts', task.contactId)) : task.accountId && navigate(recordPath('accounts', task.accountId))}
          hasMore={list.hasNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          loadingMore={list.isFetchingNextPage}
        />
      )}
      {creating && <TaskDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
