import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebounced } from '@/lib/use-debounced';
import { useSearchCustomers } from '../api/search-customers';

/** The top bar's search: a combobox over contacts and accounts; arrows choose, Enter opens, Escape clears. */
export function CustomerSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim());
  const { data, isFetching } = useSearchCustomers(q);
  const listId = useId();

  const hits = [
    ...(data?.contacts ?? []).map((h) => ({ ...h, kind: 'contact' as const, href: `/customers/contacts/${h.id}` })),
    ...(data?.accounts ?? []).map((h) => ({ ...h, kind: 'account' as const, href: `/customers/accounts/${h.id}` })),
  ];
  const go = (href: string) => {
    setOpen(false);
    setText('');
    navigate(href);
  };

  return (
    <div style={{ position: 'relative' }} className="search-input">
      <input
        className="input"
        style={{ width: '100%' }}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={open && q.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter' && hits[active]) go(hits[active].href);
          else if (e.key === 'Escape') {
            setText('');
            setOpen(false);
          } else return;
          e.preventDefault();
        }}
      />
      {open && q.length > 0 && (
        <div className="popover" style={{ left: 0, right: 0, top: 38 }}>
          <div id={listId} role="listbox" aria-label={t('search.label')}>
            {hits.map((hit, index) => (
              <div
                key={`${hit.kind}-${hit.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="menu-item"
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(hit.href);
                }}
              >
                <span className="badge">{hit.kind === 'contact' ? t('search.contact') : t('search.account')}</span>
                <span>
                  {hit.name}
                  {hit.alternateName && <span className="muted"> · {hit.alternateName}</span>}
                </span>
                <span className="spacer" />
                <span className="muted small">{hit.email ?? hit.accountName ?? ''}</span>
              </div>
            ))}
          </div>
          {!isFetching && hits.length === 0 && <div className="menu-item muted">{t('search.noResults', { q })}</div>}
        </div>
      )}
    </div>
  );
}
