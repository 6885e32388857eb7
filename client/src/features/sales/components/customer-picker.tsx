import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '@/lib/use-debounced';
import { useSearchCustomers } from '../api/search-customers';

export interface PickedCustomer {
  id: string;
  name: string;
}

/**
 * A combobox that finds one account or contact of the Customers module by name, email or phone (type, arrows,
 * Enter), for the customer of a deal.
 */
export function CustomerPicker({
  kind,
  label,
  value,
  onPick,
  error,
}: {
  kind: 'accounts' | 'contacts';
  label: string;
  value: PickedCustomer | null;
  onPick: (customer: PickedCustomer | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('sales');
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced((text ?? '').trim());
  const { data, isFetching } = useSearchCustomers(q);
  const hits = (kind === 'accounts' ? data?.accounts : data?.contacts) ?? [];
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;

  const pick = (customer: PickedCustomer | null) => {
    onPick(customer);
    setText(null);
    setOpen(false);
  };

  return (
    <div className="field" style={{ position: 'relative' }}>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          className="input"
          style={{ flex: 1 }}
          role="combobox"
          autoComplete="off"
          aria-expanded={open && q.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('picker.placeholder')}
          value={text ?? value?.name ?? ''}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
            else if (e.key === 'Enter' && open && hits[active]) pick({ id: hits[active].id, name: hits[active].name });
            else if (e.key === 'Escape' && open) setOpen(false);
            else return;
            e.preventDefault();
          }}
        />
        {value && (
          <button type="button" className="btn small ghost" onClick={() => pick(null)} aria-label={t('picker.clear', { label })}>
            ×
          </button>
        )}
      </div>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
      {open && q.length > 0 && (
        <div className="popover" style={{ left: 0, right: 0, top: 58 }}>
          <div id={listId} role="listbox" aria-label={label}>
            {hits.map((hit, index) => (
              <div
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="menu-item"
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick({ id: hit.id, name: hit.name });
                }}
              >
                <span>{hit.name}</span>
                {hit.accountName && <span className="muted"> · {hit.accountName}</span>}
                <span className="spacer" />
                <span className="muted small">{hit.email ?? hit.phone ?? ''}</span>
              </div>
            ))}
          </div>
          {!isFetching && hits.length === 0 && <div className="menu-item muted">{t('picker.none', { q })}</div>}
        </div>
      )}
    </div>
  );
}
