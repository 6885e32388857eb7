import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/auth';
import { AppShell } from './layout/app-shell';
import { AdminRolesPage, AdminTeamsPage, AdminUsersPage } from './routes/admin/admin-pages';
import { AccountPage } from './routes/customers/account';
import { AccountsPage } from './routes/customers/accounts';
import { ContactPage } from './routes/customers/contact';
import { ContactsPage } from './routes/customers/contacts';
import { ImportPage } from './routes/customers/import';
import { TasksPage } from './routes/customers/tasks';
import { LoginPage } from './routes/login';
import { NotFoundPage } from './routes/not-found';
import { RequirePermission } from './routes/require-permission';
import { salesRoutes } from './routes/sales/routes';

/** Signed-out visitors go to the sign-in page and come back where they were heading. */
function RequireSession() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'anonymous') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/customers/contacts" replace /> },
          // Customers workspace
          { path: 'customers', element: <Navigate to="/customers/contacts" replace /> },
          { path: 'customers/contacts', element: <RequirePermission permission="customers.read"><ContactsPage /></RequirePermission> },
          { path: 'customers/contacts/:id', element: <RequirePermission permission="customers.read"><ContactPage /></RequirePermission> },
          { path: 'customers/accounts', element: <RequirePermission permission="customers.read"><AccountsPage /></RequirePermission> },
          { path: 'customers/accounts/:id', element: <RequirePermission permission="customers.read"><AccountPage /></RequirePermission> },
          { path: 'customers/tasks', element: <RequirePermission permission="customers.read"><TasksPage /></RequirePermission> },
          { path: 'customers/import', element: <RequirePermission permission="customers.write"><ImportPage /></RequirePermission> },
          // Administration
          { path: 'admin/users', element: <AdminUsersPage /> },
          { path: 'admin/teams', element: <AdminTeamsPage /> },
          { path: 'admin/roles', element: <AdminRolesPage /> },
          // Sales workspace
          ...salesRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
