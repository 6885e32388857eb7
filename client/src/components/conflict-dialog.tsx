import { useTranslation } from 'react-i18next';
import { Button } from './ui/button';
import { Dialog } from './ui/dialog';

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * A stale update (409 concurrency.stale_version): shows, field by field, what the server holds now beside what the
 * user tried to save, then lets them take the server's version or apply their changes on top of it.
 */
export function ConflictDialog({
  open,
  mine,
  theirs,
  labels,
  onReload,
  onReapply,
  onClose,
}: {
  open: boolean;
  mine: Record<string, unknown>;
  theirs: Record<string, unknown> | undefined;
  labels: Record<string, string>;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fields = Object.keys(labels).filter((f) => theirs === undefined || show(mine[f]) !== show(theirs[f]));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={t('conflict.title')}
      footer={
        <>
          <Button onClick={onReload}>{t('conflict.reload')}</Button>
          <Button variant="primary" onClick={onReapply}>
            {t('conflict.reapply')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('conflict.body')}</p>
      {theirs && fields.length > 0 && (
        <table className="diff">
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{labels[f]}</th>
                <td>{show(theirs[f])}</td>
                <td>
                  <strong>{show(mine[f])}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
