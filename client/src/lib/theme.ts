import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'system';
const key = 'crm.theme';
const listeners = new Set<() => void>();

function stored(): ThemeChoice {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Puts the effective theme on <html data-theme>, where the CSS variables of styles.css pick it up. */
export function applyTheme(choice: ThemeChoice = stored()): void {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function setTheme(choice: ThemeChoice): void {
  localStorage.setItem(key, choice);
  applyTheme(choice);
  listeners.forEach((l) => l());
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    stored,
  );
}
