import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { fieldError, isApiError } from '@/lib/problem';
import { useLogInteraction } from '../api/log-interaction';
import { channels, directions, type Channel, type Direction } from '../model/types';
import { fromLocalInput, toLocalInput } from './local-time';

/** Log a call, mail, visit…: it appears on the record's timeline as soon as it is saved. */
export function LogInteractionDialog({ contactId, accountId, onClose }: { contactId?: string | null; accountId?: string | null; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const toast = useToast();
  const log = useLogInteraction();
  const [channel, setChannel] = useState<Channel>('Phone');
  const [direction, setDirection] = useState<Direction>('Outbound');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [when, setWhen] = useState(() => toLocalInput(new Date()));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    log.mutate(
      { channel, direction, subject: subject.trim(), body: body.trim() || null, occurredAt: fromLocalInput(when) ?? '', contactId: contactId ?? null, accountId: accountId ?? null },
      {
        onSuccess: () => {
          toast(t('interaction.logged'));
          onClose();
        },
      },
    );
  };
  const err = log.error;

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('interaction.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="log-interaction" disabled={log.isPending}>
            {log.isPending ? t('actions.saving') : t('actions.save')}
          </Button>
        </>
      }
    >
      <form id="log-interaction" className="stack" noValidate onSubmit={onSubmit}>
        {err && !(isApiError(err) && err.status === 400 && Object.keys(err.fieldErrors).length > 0) && <ErrorBanner error={err} />}
        <div className="grid-2">
          <SelectField
            label={t('interaction.channel')}
            value={channel}
            error={fieldError(err, 'channel')}
            onChange={(e) => setChannel(e.target.value as Channel)}
            options={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          />
          <SelectField
            label={t('interaction.direction')}
            value={direction}
            error={fieldError(err, 'direction')}
            onChange={(e) => setDirection(e.target.value as Direction)}
            options={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
          />
        </div>
        <TextField label={t('interaction.subject')} value={subject} aria-required error={fieldError(err, 'subject')} onChange={(e) => setSubject(e.target.value)} />
        <TextField label={t('interaction.when')} type="datetime-local" value={when} error={fieldError(err, 'occurredAt')} onChange={(e) => setWhen(e.target.value)} />
        <TextAreaField label={t('interaction.body')} value={body} error={fieldError(err, 'body')} onChange={(e) => setBody(e.target.value)} />
      </form>
    </Dialog>
  );
}
