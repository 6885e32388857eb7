import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signOut } from '@/api/client';
import { Popover } from '@/components/ui/popover';
import { usePermissions } from '@/lib/auth';
import { setTheme, useTheme, type ThemeChoice } from '@/lib/theme';
import { languages } from '../i18n';

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { user } = usePermissions();
  const theme = useTheme();
  const navigate = useNavigate();
  const themes: { value: ThemeChoice; label: string }[] = [
    { value: 'light', label: t('user.themeLight') },
    { value: 'dark', label: t('user.themeDark') },
    { value: 'system', label: t('user.themeSystem') },
  ];

  return (
    <Popover label={<span>{user?.displayName ?? ''}</span>} title={t('user.menu')}>
      <div className="stack" style={{ padding: 6, gap: 10 }}>
        <div className="small muted">{user?.email}</div>
        <label className="field">
          <span className="label">{t('user.language')}</span>
          <select className="input" value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t('user.theme')}</span>
          <select className="input" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
            {themes.map((th) => (
              <option key={th.value} value={th.value}>
                {th.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="menu-item"
          onClick={async () => {
            await signOut();
            navigate('/login');
          }}
        >
          {t('user.signOut')}
        </button>
      </div>
    </Popover>
  );
}
