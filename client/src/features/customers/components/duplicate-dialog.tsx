import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { DuplicateCandidate } from '@/lib/problem';

/** The 409 `customers.possible_duplicates` answer: the look-alikes, each to open, or save this one anyway. */
export function DuplicateDialog({
  candidates,
  onOpenExisting,
  onProceed,
  onClose,
  proceedLabel,
  busy,
}: {
  candidates: DuplicateCandidate[];
  onOpenExisting: (candidate: DuplicateCandidate) => void;
  onProceed: () => void;
  onClose: () => void;
  proceedLabel: string;
  busy?: boolean;
}) {
  const { t } = useTranslation('customers');
  const matched = (on: string) => (['email', 'phone', 'name'].includes(on) ? t(`duplicates.matchedOn.${on as 'email' | 'phone' | 'name'}`) : on);
  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={t('duplicates.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.back')}</Button>
          <Button variant="primary" onClick={onProceed} disabled={busy}>
            {proceedLabel}
          </Button>
        </>
      }
    >
      <p className="muted">{t('duplicates.body', { count: candidates.length })}</p>
      <table className="diff" aria-label={t('duplicates.title')}>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('fields.phone')}</th>
            <th scope="col">{t('duplicates.matched')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('duplicates.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{c.email ?? '—'}</td>
              <td>{c.phone ?? '—'}</td>
              <td>
                <span className="badge warning">{matched(c.matchedOn)}</span>
              </td>
              <td>
                <Button size="small" onClick={() => onOpenExisting(c)} aria-describedby={undefined}>
                  {t('duplicates.openExisting')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
