import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { TextAreaField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';

/** Confirms a step that records why (win, lose, disqualify): the reason field, required or not, and the confirm button. */
export function ReasonDialog({
  title,
  intro,
  label,
  required,
  confirmLabel,
  danger,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  intro?: string;
  label: string;
  required: boolean;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = required && reason.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!missing) onConfirm(reason.trim());
  };
  const serverReason = fieldError(error, 'reason');
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant={danger ? 'danger' : 'primary'} type="submit" form="reason-form" disabled={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id="reason-form" className="stack" onSubmit={submit} noValidate>
        {intro && <p style={{ margin: 0 }}>{intro}</p>}
        {error !== undefined && error !== null && !serverReason && <ErrorBanner error={error} />}
        <TextAreaField
          label={label}
          required={required}
          autoFocus
          value={reason}
          maxLength={500}
          error={serverReason ?? (touched && missing ? t('reason.reasonRequired') : undefined)}
          onChange={(e) => setReason(e.target.value)}
        />
      </form>
    </Dialog>
  );
}
