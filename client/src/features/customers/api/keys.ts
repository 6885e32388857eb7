import type { EntityKind, ListQuery, TaskQuery } from '../model/types';

/** Query keys of the Customers workspace, nested so that one invalidation reaches everything under it. */
export const customerKeys = {
  kind: (kind: EntityKind) => ['customers', kind] as const,
  lists: (kind: EntityKind) => ['customers', kind, 'list'] as const,
  list: (kind: EntityKind, query: ListQuery) => ['customers', kind, 'list', query] as const,
  picker: (kind: EntityKind, q: string) => ['customers', kind, 'picker', q] as const,
  record: (kind: EntityKind, id: string) => ['customers', kind, 'record', id] as const,
  timeline: (kind: EntityKind, id: string, kinds: string) => ['customers', kind, 'record', id, 'timeline', kinds] as const,
  history: (kind: EntityKind, id: string) => ['customers', kind, 'record', id, 'history'] as const,
  classification: (kind: EntityKind, id: string) => ['customers', kind, 'record', id, 'classification'] as const,
  tasks: () => ['customers', 'tasks'] as const,
  taskList: (query: TaskQuery) => ['customers', 'tasks', query] as const,
  directory: () => ['platform', 'directory'] as const,
};
