import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '@/lib/auth';
import { LoginForm } from '../layout/login-form';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useSession();
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  if (state.status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <main className="login">
      <div className="card stack">
        <div className="brand" style={{ padding: 0 }}>
          <img src="/favicon.svg" alt="" />
          <span>{t('app.name')}</span>
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {t('auth.subtitle')}
        </p>
        <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
      </div>
    </main>
  );
}
