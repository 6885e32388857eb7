import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConflictDialog } from '@/components/conflict-dialog';
import { isApiError, type DuplicateCandidate } from '@/lib/problem';
import { recordOptions } from '../api/get-record';
import { customerKeys } from '../api/keys';
import { useUpdateRecord } from '../api/update-record';
import { changedFields, displayValues, kindFields, reapply, toValues, updateBody, type FormValues } from '../model/record-values';
import { recordPath, type AnyDetails, type EntityKind } from '../model/types';
import { DuplicateDialog } from './duplicate-dialog';
import { useFieldLabel } from './record-fields';

interface Conflict {
  mine: FormValues;
  changed: (keyof FormValues)[];
  current: AnyDetails | undefined;
}

/**
 * Saving a contact or account (PUT, with its version), with what can come back: validation errors (returned for the
 * form), a stale version (the conflict dialog: reload theirs, or reapply mine on top of theirs), or likely duplicates.
 */
export function useRecordSave(kind: EntityKind, record: AnyDetails, onDone: () => void) {
  const { t } = useTranslation('customers');
  const client = useQueryClient();
  const navigate = useNavigate();
  const label = useFieldLabel(kind);
  const update = useUpdateRecord(kind, record.id);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [duplicates, setDuplicates] = useState<{ values: FormValues; base: AnyDetails; candidates: DuplicateCandidate[] } | null>(null);
  const editable: (keyof FormValues)[] = [...kindFields[kind], 'tags'];

  const save = async (values: FormValues, base: AnyDetails = record, allowDuplicate = false): Promise<boolean> => {
    setError(null);
    try {
      await update.mutateAsync(updateBody(kind, values, base.version, allowDuplicate));
      setConflict(null);
      setDuplicates(null);
      onDone();
      return true;
    } catch (e) {
      if (isApiError(e) && e.isStaleVersion) {
        setConflict({ mine: values, changed: changedFields(toValues(base), values, editable), current: e.current<AnyDetails>() });
      } else if (isApiError(e) && e.code === 'customers.possible_duplicates' && e.candidates.length > 0) {
        setDuplicates({ values, base, candidates: e.candidates });
      } else {
        setError(e);
      }
      return false;
    }
  };

  const reload = (current: AnyDetails | undefined) => {
    if (current) client.setQueryData(customerKeys.record(kind, record.id), current);
    void client.invalidateQueries({ queryKey: customerKeys.record(kind, record.id) });
    setConflict(null);
    onDone();
  };

  const reapplyMine = async ({ mine, changed, current }: Conflict) => {
    const now = current ?? (await client.fetchQuery({ ...recordOptions(kind, record.id), staleTime: 0 }));
    client.setQueryData(customerKeys.record(kind, record.id), now);
    setConflict(null);
    await save(reapply(toValues(now), mine, changed), now);
  };

  const labels = Object.fromEntries(editable.map((f) => [f, label(f as Parameters<typeof label>[0])]));

  const dialogs = (
    <>
      {conflict && (
        <ConflictDialog
          open
          mine={displayValues(conflict.mine)}
          theirs={conflict.current ? displayValues(toValues(conflict.current)) : undefined}
          labels={labels}
          onClose={() => setConflict(null)}
          onReload={() => reload(conflict.current)}
          onReapply={() => void reapplyMine(conflict)}
        />
      )}
      {duplicates && (
        <DuplicateDialog
          candidates={duplicates.candidates}
          proceedLabel={t('duplicates.saveAnyway')}
          busy={update.isPending}
          onClose={() => setDuplicates(null)}
          onOpenExisting={(c) => navigate(recordPath(kind, c.id))}
          onProceed={() => void save(duplicates.values, duplicates.base, true)}
        />
      )}
    </>
  );

  return { save, error, saving: update.isPending, dialogs, clearError: () => setError(null) };
}
