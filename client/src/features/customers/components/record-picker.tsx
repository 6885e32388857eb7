import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '@/lib/use-debounced';
import { usePickRecords } from '../api/search-records';
import { recordName, type AnySummary, type EntityKind } from '../model/types';

/**
 * A combobox that finds one contact or account by name, email or phone: type, arrows to choose, Enter to pick.
 * Used for a contact's account and for the other record of a merge.
 */
export function RecordPicker({
  kind,
  label,
  value,
  onPick,
  exclude,
  error,
}: {
  kind: EntityKind;
  label: string;
  /** The picked record's name, shown when the box is not being typed in. */
  value?: string;
  onPick: (record: AnySummary | null) => void;
  exclude?: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation('customers');
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced((text ?? '').trim());
  const { data, isFetching } = usePickRecords(kind, q);
  const hits = (data?.items ?? []).filter((r) => r.id !== exclude);
  const id = useId();
  const listId = `${id}-list`;

  const pick = (record: AnySummary | null) => {
    onPick(record);
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
          aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('picker.placeholder')}
          value={text ?? value ?? ''}
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
        {value && (
          <button type="button" className="btn small ghost" onClick={() => pick(null)} aria-label={t('picker.clear', { label })}>
            ×
          </button>
        )}
      </div>
      {error && <span className="field-error">{error}</span>}
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
                  pick(hit);
                }}
              >
                <span>{recordName(hit)}</span>
                {hit.alternateName && <span className="muted"> · {hit.alternateName}</span>}
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
