import { useState } from 'react';
import { ConflictDialog } from '@/components/conflict-dialog';
import { isApiError } from '@/lib/problem';

interface Conflict<V, R> {
  values: V;
  current: R | undefined;
}

/**
 * Saving a versioned Sales record with what can come back: validation errors (kept for the form's fields) or a stale
 * version (409 concurrency.stale_version with the record as it is now) — then the conflict dialog compares, and the
 * user reloads theirs or applies their values again on top of the current version.
 */
export function useVersionedSave<V, R extends { version: number }>({
  submit,
  labels,
  showValues,
  showRecord,
  fetchCurrent,
  onReload,
}: {
  submit: (values: V, version: number) => Promise<unknown>;
  labels: Record<string, string>;
  showValues: (values: V) => Record<string, unknown>;
  showRecord: (record: R) => Record<string, unknown>;
  fetchCurrent: () => Promise<R>;
  onReload: (current: R | undefined) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<Conflict<V, R> | null>(null);

  const save = async (values: V, version: number): Promise<boolean> => {
    setError(null);
    setPending(true);
    try {
      await submit(values, version);
      setConflict(null);
      return true;
    } catch (e) {
      if (isApiError(e) && e.isStaleVersion) setConflict({ values, current: e.current<R>() });
      else setError(e);
      return false;
    } finally {
      setPending(false);
    }
  };

  const dialog = conflict && (
    <ConflictDialog
      open
      mine={showValues(conflict.values)}
      theirs={conflict.current ? showRecord(conflict.current) : undefined}
      labels={labels}
      onClose={() => setConflict(null)}
      onReload={() => {
        onReload(conflict.current);
        setConflict(null);
      }}
      onReapply={async () => {
        const current = conflict.current ?? (await fetchCurrent());
        setConflict(null);
        await save(conflict.values, current.version);
      }}
    />
  );

  return { save, error, pending, dialog, clearError: () => setError(null) };
}
