import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from './session';

const tokens = (access: string, refresh: string, inMs = 15 * 60_000) => ({
  accessToken: access,
  accessTokenExpiresAt: new Date(Date.now() + inMs).toISOString(),
  refreshToken: refresh,
  refreshTokenExpiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  user: { id: 'u1', email: 'a@b.c', displayName: 'A', roles: [], permissions: ['customers.read'], scope: 'All' as const, teamIds: [] },
});

afterEach(() => session.end());

describe('session', () => {
  it('uses the access token while it is fresh, without refreshing', async () => {
    session.start(tokens('a1', 'r1'));
    const refresh = vi.fn();
    expect(await session.accessToken(refresh)).toBe('a1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes once for many concurrent requests when the token is about to expire', async () => {
    session.start(tokens('a1', 'r1', 5_000));
    const refresh = vi.fn(async (token: string) => {
      expect(token).toBe('r1');
      await new Promise((r) => setTimeout(r, 10));
      return tokens('a2', 'r2');
    });
    const results = await Promise.all([session.accessToken(refresh), session.accessToken(refresh), session.accessToken(refresh)]);
    expect(results).toEqual(['a2', 'a2', 'a2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem('crm.session')!).refreshToken).toBe('r2');
  });

  it('expires (keeping the user on the page) when the refresh is refused', async () => {
    session.start(tokens('a1', 'r1', 1_000));
    expect(await session.accessToken(async () => null)).toBeUndefined();
    expect(session.snapshot().status).toBe('expired');
  });

  it('signs out completely on end', () => {
    session.start(tokens('a1', 'r1'));
    session.end();
    expect(session.snapshot().status).toBe('anonymous');
    expect(localStorage.getItem('crm.session')).toBeNull();
  });
});
