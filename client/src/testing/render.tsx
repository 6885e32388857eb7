/** Test helpers shared by the features' component tests: a fake sign-in, openapi-fetch stubs, the app's providers. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { vi } from 'vitest';
import { api } from '@/api/client';
import { ToastProvider } from '@/components/ui/toast';
import { session } from '@/lib/session';

/** Signs a test user in with the given permissions (no network: tokens are fakes that are never sent anywhere real). */
export function signInAs(permissions: string[]) {
  const later = new Date(Date.now() + 3_600_000).toISOString();
  session.start({
    accessToken: 'test',
    accessTokenExpiresAt: later,
    refreshToken: 'test',
    refreshTokenExpiresAt: later,
    user: { id: 'u-me', email: 'me@crm.test', displayName: 'Me Myself', roles: ['staff'], permissions, scope: 'All', teamIds: [] },
  } as Parameters<typeof session.start>[0]);
}

/** An openapi-fetch answer: the data with a 2xx, or the problem body with an error status. */
export const answer = (status: number, body?: unknown) =>
  Promise.resolve(
    status < 300
      ? { data: body, error: undefined, response: new Response(null, { status }) }
      : { data: undefined, error: body, response: new Response(null, { status }) },
  ) as never;

export const directory = {
  users: [
    { id: 'u-me', displayName: 'Me Myself', email: 'me@crm.test', teamIds: [] },
    { id: 'u-li', displayName: 'Li Na', email: 'li@crm.test', teamIds: ['t-east'] },
  ],
  teams: [{ id: 't-east', name: 'East' }],
};

type Responder = (path: string, init: unknown) => unknown;

/** Stubs GET: the staff directory, and whatever else the test answers (undefined = an empty page). */
export function stubGet(other?: Responder) {
  return vi.spyOn(api, 'GET').mockImplementation(((path: string, init: unknown) => {
    if (path === '/api/v1/platform/directory') return answer(200, directory);
    const body = other?.(path, init);
    return answer(200, body ?? { items: [], nextCursor: null });
  }) as never);
}

/** Stubs POST with a responder that returns a promise of an openapi-fetch answer (use `answer`). */
export function stubPost(responder: (path: string, init: { params?: unknown; body?: unknown }) => unknown) {
  return vi.spyOn(api, 'POST').mockImplementation(((path: string, init: { params?: unknown; body?: unknown }) => responder(path, init)) as never);
}

export function Location() {
  const location = useLocation();
  return (
    <output data-testid="location">
      {location.pathname}
      {location.search}
    </output>
  );
}

/** Renders UI inside the app's providers and an in-memory router at `path`. */
export function renderWithApp(ui: ReactNode, { path = '/', route = '*' }: { path?: string; route?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: route,
        element: (
          <>
            {ui}
            <Location />
          </>
        ),
      },
      { path: '*', element: <Location /> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}
