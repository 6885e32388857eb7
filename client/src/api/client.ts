import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, type ProblemBody } from '@/lib/problem';
import { session } from '@/lib/session';
import type { components, paths } from './generated/schema';

type SessionTokens = components['schemas']['SessionTokens'];

const baseUrl = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;

/** The one HTTP client of the SPA, typed by the API's OpenAPI document. */
export const api = createClient<paths>({ baseUrl });

/** A client without the auth middleware, for the calls that manage the session itself. */
const auth = createClient<paths>({ baseUrl });

async function refreshTokens(refreshToken: string): Promise<SessionTokens | null> {
  const { data } = await auth.POST('/api/v1/platform/auth/refresh', { body: { refreshToken } });
  return data ?? null;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await session.accessToken(refreshTokens);
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 to a request that carried a token means the session ended on the server (expired, revoked, user deactivated).
    if (response.status === 401 && request.headers.has('Authorization')) session.expire();
    return response;
  },
};
api.use(bearer);

export async function signIn(email: string, password: string): Promise<void> {
  const { data, error, response } = await auth.POST('/api/v1/platform/auth/login', { body: { email, password } });
  if (!data) throw new ApiError(response.status, error as ProblemBody);
  session.start(data);
}

export async function signOut(): Promise<void> {
  const state = session.snapshot();
  if (state.status !== 'anonymous') {
    // Best effort: the local sign-in ends whatever the server answers.
    await auth.POST('/api/v1/platform/auth/logout', { body: { refreshToken: state.session.refreshToken } }).catch(() => undefined);
  }
  session.end();
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error as ProblemBody | undefined);
  return data as T;
}

/** Reads a binary or text body the contract does not type (CSV exports), with the same auth and errors. */
export async function download(path: string, query: Record<string, string | undefined>): Promise<Blob> {
  const url = new URL(path, baseUrl);
  Object.entries(query).forEach(([k, v]) => v !== undefined && v !== '' && url.searchParams.set(k, v));
  const token = await session.accessToken(refreshTokens);
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => undefined)) as ProblemBody | undefined);
  return response.blob();
}

/** Multipart uploads with upload progress (fetch cannot report it), authenticated like every other call. */
export async function upload<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  const token = await session.accessToken(refreshTokens);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL(path, baseUrl));
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status === 401 && token) session.expire();
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else reject(new ApiError(xhr.status, xhr.response as ProblemBody | undefined));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error' }));
    xhr.send(form);
  });
}
