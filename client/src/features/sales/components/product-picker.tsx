import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '@/lib/use-debounced';
import { usePickProducts } from '../api/list-products';
import type { ProductDetails } from '../model/types';

/** A combobox over the active catalogue (code or name): type, arrows, Enter. */
export function ProductPicker({
  label,
  value,
  onPick,
  error,
}: {
  label: string;
  value: { code: string; name: string } | null;
  onPick: (product: ProductDetails) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('sales');
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced((text ?? '').trim(), 200);
  const { data, isFetching } = usePickProducts(q);
  const hits = open ? (data?.items ?? []) : [];
  const id = useId();
  const listId = `${id}-list`;

  const pick = (product: ProductDetails) => {
    onPick(product);
    setText(null);
    setOpen(false);
  };

  return (
    <div className="field" style={{ position: 'relative', minWidth: 200 }}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('lines.pickProduct')}
        value={text ?? (value ? [value.code, value.name].filter(Boolean).join(' · ') : '')}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter' && open && hits[active]) pick(hits[active]);
          else if (e.key === 'Escape' && open) setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {error && <span className="field-error">{error}</span>}
      {open && (
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
                  pick(hit);
                }}
              >
                <code>{hit.code}</code>
                <span>{hit.name}</span>
                <span className="spacer" />
                <span className="muted small">{hit.unit}</span>
              </div>
            ))}
          </div>
          {!isFetching && hits.length === 0 && <div className="menu-item muted">{t('lines.noProduct', { q })}</div>}
        </div>
      )}
    </div>
  );
}
