import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { CustomerSearchBox } from '@/features/customers/components/customer-search-box';
import { usePermissions } from '@/lib/auth';
import { SessionExpiredDialog } from './session-expired-dialog';
import { UserMenu } from './user-menu';

interface NavItem {
  to: string;
  label: string;
  permission: string;
}

/** The frame every signed-in page sits in: module navigation on the left, search and the user's menu on top. */
export function AppShell() {
  const { t } = useTranslation();
  const { can } = usePermissions();

  const groups: { title: string; items: NavItem[]; built: boolean }[] = [
    {
      title: t('nav.customers'),
      built: true,
      items: [
        { to: '/customers/contacts', label: t('nav.contacts'), permission: 'customers.read' },
        { to: '/customers/accounts', label: t('nav.accounts'), permission: 'customers.read' },
        { to: '/customers/tasks', label: t('nav.tasks'), permission: 'customers.read' },
        { to: '/customers/import', label: t('nav.import'), permission: 'customers.write' },
      ],
    },
    {
      title: t('nav.sales'),
      built: true,
      items: [
        { to: '/sales/pipeline', label: t('nav.pipeline', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/opportunities', label: t('nav.opportunities', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/leads', label: t('nav.leads', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/quotes', label: t('nav.quotes', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/orders', label: t('nav.orders', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/forecast', label: t('nav.forecast', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/quotas', label: t('nav.quotas', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/commissions', label: t('nav.commissions', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/performance', label: t('nav.performance', { ns: 'sales' }), permission: 'sales.read' },
        { to: '/sales/setup', label: t('nav.setup', { ns: 'sales' }), permission: 'sales.manage' },
      ],
    },
    { title: t('nav.marketing'), built: false, items: [] },
    { title: t('nav.service'), built: false, items: [] },
    {
      title: t('nav.admin'),
      built: true,
      items: [
        { to: '/admin/users', label: t('nav.users'), permission: 'platform.read' },
        { to: '/admin/teams', label: t('nav.teams'), permission: 'platform.read' },
        { to: '/admin/roles', label: t('nav.roles'), permission: 'platform.read' },
      ],
    },
  ];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">
          <img src="/favicon.svg" alt="" />
          <span>{t('app.name')}</span>
        </div>
        {groups.filter((group) => !group.built || group.items.some((item) => can(item.permission))).map((group) => (
          <div key={group.title} className="nav-group">
            <div className="nav-group-title">{group.title}</div>
            {group.built ? (
              group.items
                .filter((item) => can(item.permission))
                .map((item) => (
                  <NavLink key={item.to} to={item.to} className="nav-link">
                    {item.label}
                  </NavLink>
                ))
            ) : (
              <span className="nav-link disabled" aria-disabled="true">
                {t('nav.comingSoon')}
              </span>
            )}
          </div>
        ))}
      </nav>
      <header className="topbar">
        <CustomerSearchBox />
        <span className="spacer" />
        <UserMenu />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SessionExpiredDialog />
    </div>
  );
}
