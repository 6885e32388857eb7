import type { KeyboardEvent, ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Tabs as the ARIA pattern has them (arrow keys, Home/End move between tabs); the chosen one is kept in the URL under
 * `param`, so a reload or a shared link opens the same tab.
 */
export function UrlTabs({ tabs, label, param = 'tab' }: { tabs: UrlTab[]; label: string; param?: string }) {
  const [params, setParams] = useSearchParams();
  const selected = tabs.find((tab) => tab.id === params.get(param)) ?? tabs[0]!;
  const select = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(param, id);
        return next;
      },
      { replace: true },
    );
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target =
      e.key === 'ArrowRight' ? (index + 1) % tabs.length : e.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (target < 0) return;
    e.preventDefault();
    const next = tabs[target]!;
    select(next.id);
    document.getElementById(`${param}-${next.id}`)?.focus();
  };
  return (
    <div>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`${param}-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected.id}
            aria-controls={`${param}-panel-${tab.id}`}
            tabIndex={tab.id === selected.id ? 0 : -1}
            onClick={() => select(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${param}-panel-${selected.id}`} role="tabpanel" aria-labelledby={`${param}-${selected.id}`}>
        {selected.content}
      </div>
    </div>
  );
}
