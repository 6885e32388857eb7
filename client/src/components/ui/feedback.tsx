import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/problem';
import type { ReactNode } from 'react';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <span role="status" className="row muted">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </span>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <div className="empty">{children ?? t('state.empty')}</div>;
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="row small muted">
        <span>{label}</span>
        <span className="spacer" />
        <span>{percent}%</span>
      </div>
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** Any failed request, said plainly: 403 and 404 in words, otherwise the server's detail and its trace id. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let message = t('errors.generic');
  let trace: string | undefined;
  if (isApiError(error)) {
    if (error.status === 0) message = t('errors.network');
    else if (error.status === 403) message = t('errors.forbidden');
    else if (error.status === 404) message = t('errors.notFound');
    else if (error.status === 400 && Object.keys(error.fieldErrors).length > 0) message = t('errors.validation');
    else message = error.body.detail ?? error.body.title ?? message;
    trace = error.body.traceId;
  } else if (error instanceof TypeError) {
    message = t('errors.network');
  }
  return (
    <div className="banner error row" role="alert">
      <span>
        {message}
        {trace && <span className="small muted"> · {t('errors.trace', { id: trace })}</span>}
      </span>
      <span className="spacer" />
      {onRetry && (
        <button type="button" className="btn small" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
