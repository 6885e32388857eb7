import { useMutation } from '@tanstack/react-query';
import { download } from '@/api/client';
import { toQueryStrings } from '../model/list-filters';
import type { EntityKind, ListQuery } from '../model/types';

/** ExportContacts / ExportAccounts (GET /api/v1/customers/{kind}/export): the current filtered list as CSV, saved as a file. */
export async function exportRecords(kind: EntityKind, query: ListQuery): Promise<void> {
  const { accountId, ...rest } = query;
  const blob = await download(`/api/v1/customers/${kind}/export`, toQueryStrings(kind === 'contacts' ? { ...rest, accountId } : rest));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${kind}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const useExportRecords = (kind: EntityKind) => useMutation({ mutationFn: (query: ListQuery) => exportRecords(kind, query) });
