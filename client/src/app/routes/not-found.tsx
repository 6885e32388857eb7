import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="empty">
      <h1>{t('errors.pageNotFound')}</h1>
      <p>
        <Link to="/">{t('actions.back')}</Link>
      </p>
    </div>
  );
}
