import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/lib/auth';

/** A page the user's role cannot open says so, instead of showing a broken screen of 403s. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  return can(permission) ? (
    <>{children}</>
  ) : (
    <div className="banner warning" role="alert">
      {t('errors.forbiddenPage')}
    </div>
  );
}
