import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

/** What the signed-in user's roles allow: the UI hides or disables what they cannot do; the server still decides. */
export function usePermissions() {
  const state = useSession();
  const granted = state.status === 'anonymous' ? [] : state.session.user.permissions;
  return {
    user: state.status === 'anonymous' ? undefined : state.session.user,
    can: (permission: string) => granted.includes(permission),
  };
}
