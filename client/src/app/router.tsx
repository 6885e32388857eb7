import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/auth';
import { AppShell } from './layout/app-shell';
import { LoginPage } from './routes/login';
import { NotFoundPage } from './routes/not-found';

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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
