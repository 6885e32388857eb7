import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '@/api/client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { isApiError } from '@/lib/problem';

/** Email and password; says why a sign-in failed (wrong password, locked, rate-limited) without leaking which. */
export function LoginForm({ email: fixedEmail, onSignedIn }: { email?: string; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
      onSignedIn();
    } catch (err) {
      setError(
        isApiError(err) && err.status === 423 ? t('auth.locked') : isApiError(err) && err.status === 429 ? t('auth.tooMany') : isApiError(err) && err.status === 0 ? t('errors.network') : t('auth.failed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} readOnly={fixedEmail !== undefined} onChange={(e) => setEmail(e.target.value)} />
      <TextField label={t('auth.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      <Button type="submit" variant="primary" disabled={busy || !email || !password}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
