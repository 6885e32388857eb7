import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError, isApiError } from '@/lib/problem';
import { useCreateTask } from '../api/create-task';
import { useDirectory } from '../api/get-directory';
import { priorities, type TaskPriority } from '../model/types';
import { fromLocalInput } from './local-time';

/** A follow-up to do, optionally about a contact or an account, assigned to me or a colleague. */
export function TaskDialog({ contactId, accountId, onClose }: { contactId?: string | null; accountId?: string | null; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const toast = useToast();
  const { user } = usePermissions();
  const directory = useDirectory();
  const create = useCreateTask();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState<TaskPriority>('Normal');
  const [assigneeId, setAssigneeId] = useState('');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        title: title.trim(),
        description: description.trim() || null,
        dueAt: fromLocalInput(due) ?? null,
        priority,
        assigneeId: assigneeId || null,
        contactId: contactId ?? null,
        accountId: accountId ?? null,
      },
      {
        onSuccess: () => {
          toast(t('task.created'));
          onClose();
        },
      },
    );
  };
  const err = create.error;

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('task.new')}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="new-task" disabled={create.isPending}>
            {create.isPending ? t('actions.saving') : t('actions.save')}
          </Button>
        </>
      }
    >
      <form id="new-task" className="stack" noValidate onSubmit={onSubmit}>
        {err && !(isApiError(err) && err.status === 400 && Object.keys(err.fieldErrors).length > 0) && <ErrorBanner error={err} />}
        <TextField label={t('task.titleField')} value={title} aria-required error={fieldError(err, 'title')} onChange={(e) => setTitle(e.target.value)} />
        <div className="grid-2">
          <TextField label={t('task.due')} type="datetime-local" value={due} error={fieldError(err, 'dueAt')} onChange={(e) => setDue(e.target.value)} />
          <SelectField
            label={t('task.priority')}
            value={priority}
            error={fieldError(err, 'priority')}
            onChange={(e) => setPriority(e.target.value as TaskPriority)}
            options={priorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          />
        </div>
        <SelectField
          label={t('task.assignee')}
          value={assigneeId}
          error={fieldError(err, 'assigneeId')}
          onChange={(e) => setAssigneeId(e.target.value)}
          options={[
            { value: '', label: t('form.meNamed', { name: user?.displayName ?? '' }) },
            ...directory.users.filter((u) => u.id !== user?.id).map((u) => ({ value: u.id, label: u.displayName })),
          ]}
        />
        <TextAreaField label={t('task.description')} value={description} error={fieldError(err, 'description')} onChange={(e) => setDescription(e.target.value)} />
      </form>
    </Dialog>
  );
}
