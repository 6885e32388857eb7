import type { components } from '@/api/generated/schema';

export type CurrentUser = components['schemas']['CurrentUser'];
type SessionTokens = components['schemas']['SessionTokens'];

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string;
  refreshTokenExpiresAt: number;
  user: CurrentUser;
}

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'signed-in'; session: Session }
  /** The server stopped accepting the session: the page stays as it is until the user signs in again. */
  | { status: 'expired'; session: Session };

const storageKey = 'crm.session';
/** Refresh a little before the access token runs out, so a request never leaves with a dying token. */
const refreshMargin = 30_000;

/**
 * The sign-in, shared by every tab: kept in localStorage so that tabs rotate the refresh token once between them
 * (the server revokes a refresh token's whole family when a rotated one is used again), and refreshed under a
 * Web Lock so two tabs never refresh at the same moment.
 */
class SessionStore {
  private state: SessionState = { status: 'anonymous' };
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;

  constructor() {
    this.state = this.read();
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (e) => {
        if (e.key === storageKey) this.set(this.read());
      });
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): SessionState => this.state;

  start(tokens: SessionTokens): void {
    const session: Session = {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: Date.parse(tokens.accessTokenExpiresAt),
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: Date.parse(tokens.refreshTokenExpiresAt),
      user: tokens.user,
    };
    this.write(session);
    this.set({ status: 'signed-in', session });
  }

  updateUser(user: CurrentUser): void {
    if (this.state.status === 'anonymous') return;
    const session = { ...this.state.session, user };
    this.write(session);
    this.set({ ...this.state, session });
  }

  end(): void {
    localStorage.removeItem(storageKey);
    this.set({ status: 'anonymous' });
  }

  /** The server said 401 to a request that carried a token: keep everything on screen, ask to sign in again. */
  expire(): void {
    if (this.state.status === 'signed-in') this.set({ status: 'expired', session: this.state.session });
  }

  /** A usable access token, refreshed first when it is about to run out; undefined when signed out or expired. */
  async accessToken(refresh: (token: string) => Promise<SessionTokens | null>): Promise<string | undefined> {
    if (this.state.status !== 'signed-in') return undefined;
    if (this.state.session.accessTokenExpiresAt - Date.now() > refreshMargin) return this.state.session.accessToken;
    const ok = await this.refresh(refresh);
    return ok && this.state.status === 'signed-in' ? this.state.session.accessToken : undefined;
  }

  refresh(refresh: (token: string) => Promise<SessionTokens | null>): Promise<boolean> {
    this.refreshing ??= this.withLock(async () => {
      // Another tab may have refreshed while this one waited for the lock: take its tokens instead of rotating again.
      const stored = this.read();
      if (stored.status === 'signed-in' && stored.session.accessTokenExpiresAt - Date.now() > refreshMargin) {
        this.set(stored);
        return true;
      }
      const current = stored.status === 'anonymous' ? this.state : stored;
      if (current.status === 'anonymous') return false;
      const tokens = await refresh(current.session.refreshToken);
      if (tokens) {
        this.start(tokens);
        return true;
      }
      this.expire();
      return false;
    }).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request('crm.session.refresh', work) : work();
  }

  private read(): SessionState {
    if (typeof localStorage === 'undefined') return { status: 'anonymous' };
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return { status: 'anonymous' };
      const session = JSON.parse(raw) as Session;
      return session.refreshTokenExpiresAt > Date.now() ? { status: 'signed-in', session } : { status: 'anonymous' };
    } catch {
      return { status: 'anonymous' };
    }
  }

  private write(session: Session): void {
    localStorage.setItem(storageKey, JSON.stringify(session));
  }

  private set(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((l) => l());
  }
}

export const session = new SessionStore();
