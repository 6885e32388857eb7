import { Navigate, type RouteObject } from 'react-router';

/**
 * The Sales screens, each loaded on first visit (the board's drag and drop and the forecast's charts stay out of the
 * first page load).
 */
export const salesRoutes: RouteObject[] = [
  { path: 'sales', element: <Navigate to="/sales/pipeline" replace /> },
  { path: 'sales/leads', lazy: async () => ({ Component: (await import('./leads')).LeadsPage }) },
  { path: 'sales/leads/:id', lazy: async () => ({ Component: (await import('./lead')).LeadPage }) },
  { path: 'sales/pipeline', lazy: async () => ({ Component: (await import('./pipeline')).PipelinePage }) },
  { path: 'sales/opportunities', lazy: async () => ({ Component: (await import('./opportunities')).OpportunitiesPage }) },
  { path: 'sales/opportunities/:id', lazy: async () => ({ Component: (await import('./opportunity')).OpportunityPage }) },
  { path: 'sales/quotes', lazy: async () => ({ Component: (await import('./quotes')).QuotesPage }) },
  { path: 'sales/quotes/:id', lazy: async () => ({ Component: (await import('./quotes')).QuotePage }) },
  { path: 'sales/orders', lazy: async () => ({ Component: (await import('./orders')).OrdersPage }) },
  { path: 'sales/orders/:id', lazy: async () => ({ Component: (await import('./orders')).OrderPage }) },
  { path: 'sales/forecast', lazy: async () => ({ Component: (await import('./reports')).ForecastPage }) },
  { path: 'sales/quotas', lazy: async () => ({ Component: (await import('./reports')).QuotasPage }) },
  { path: 'sales/commissions', lazy: async () => ({ Component: (await import('./reports')).CommissionsPage }) },
  { path: 'sales/performance', lazy: async () => ({ Component: (await import('./reports')).PerformancePage }) },
  { path: 'sales/setup', lazy: async () => ({ Component: (await import('./setup')).SalesSetupPage }) },
];
