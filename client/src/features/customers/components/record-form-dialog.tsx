import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { isApiError, type DuplicateCandidate } from '@/lib/problem';
import { useCreateRecord } from '../api/create-record';
import { createBody, emptyValues, type FormValues } from '../model/record-values';
import { recordPath, type EntityKind } from '../model/types';
import { DuplicateDialog } from './duplicate-dialog';
import { RecordFields } from './record-fields';

/** "New contact" / "New account": the form, its server errors on its fields, and the duplicate warning. */
export function RecordFormDialog({ kind, initial, onClose }: { kind: EntityKind; initial?: Partial<FormValues>; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateRecord(kind);
  const [values, setValues] = useState<FormValues>(() => ({ ...emptyValues(), ...initial }));
  const [error, setError] = useState<unknown>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);

  const submit = async (allowDuplicate: boolean) => {
    setError(null);
    try {
      const created = await create.mutateAsync(createBody(kind, values, allowDuplicate));
      toast(t('form.created', { name: values.name.trim() }));
      onClose();
      navigate(recordPath(kind, created.id));
    } catch (e) {
      setCandidates(null);
      if (isApiError(e) && e.code === 'customers.possible_duplicates' && e.candidates.length > 0) setCandidates(e.candidates);
      else setError(e);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };
  const formId = `new-${kind}`;
  const fieldErrors = isApiError(error) ? error.fieldErrors : {};

  return (
    <>
      <Dialog
        open={candidates === null}
        wide
        onClose={onClose}
        title={t(`${kind}.new`)}
        footer={
          <>
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button variant="primary" type="submit" form={formId} disabled={create.isPending}>
              {create.isPending ? t('actions.saving') : t('actions.create')}
            </Button>
          </>
        }
      >
        <form id={formId} noValidate onSubmit={onSubmit} className="stack">
          {error !== null && <ErrorBanner error={error} />}
          <RecordFields kind={kind} values={values} errors={fieldErrors} withClassification onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
        </form>
      </Dialog>
      {candidates && (
        <DuplicateDialog
          candidates={candidates}
          proceedLabel={t('duplicates.createAnyway')}
          busy={create.isPending}
          onClose={() => setCandidates(null)}
          onOpenExisting={(c) => {
            onClose();
            navigate(recordPath(kind, c.id));
          }}
          onProceed={() => void submit(true)}
        />
      )}
    </>
  );
}
