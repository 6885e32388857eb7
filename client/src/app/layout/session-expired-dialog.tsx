import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { useSession } from '@/lib/auth';
import { LoginForm } from './login-form';

/**
 * When the server ends the session (refresh token expired or revoked), the page stays mounted — forms keep what the
 * user typed — and this dialog asks for the password again; then the failed reads are fetched again.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const state = useSession();
  const queries = useQueryClient();
  if (state.status !== 'expired') return null;
  return (
    <Dialog open title={t('auth.expiredTitle')} onClose={() => undefined}>
      <p className="muted">{t('auth.expiredBody')}</p>
      <LoginForm email={state.session.user.email} onSignedIn={() => void queries.invalidateQueries()} />
    </Dialog>
  );
}
