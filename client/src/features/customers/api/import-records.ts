import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { upload } from '@/api/client';
import type { EntityKind, ImportReport } from '../model/types';
import { customerKeys } from './keys';

export interface ImportRequest {
  kind: EntityKind;
  file: Blob;
  fileName: string;
  /** CSV column → field name, or null to skip the column. */
  mapping: Record<string, string | null>;
  allowDuplicates: boolean;
  dryRun: boolean;
}

/** ImportContacts / ImportAccounts (POST /api/v1/customers/{kind}/import, multipart): one CSV file, one report. */
export function importRecords(request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', request.file, request.fileName);
  form.append('mapping', JSON.stringify(request.mapping));
  form.append('allowDuplicates', String(request.allowDuplicates));
  form.append('dryRun', String(request.dryRun));
  return upload<ImportReport>(`/api/v1/customers/${request.kind}/import`, form, onProgress);
}

/** The import call plus what to refresh once rows have landed. */
export function useImportRecords() {
  const client = useQueryClient();
  const invalidate = useCallback((kind: EntityKind) => client.invalidateQueries({ queryKey: customerKeys.kind(kind) }), [client]);
  return { importRecords, invalidate };
}
