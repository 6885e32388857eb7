import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from './data-table';
import { Popover } from './popover';

const key = (table: string) => `crm.columns.${table}`;

/** The columns a user chose for a table, remembered in this browser. */
export function useColumnChoice<T>(table: string, columns: Column<T>[]) {
  const [hidden, setHidden] = useState<string[]>(() => {
    const saved = localStorage.getItem(key(table));
    if (saved) {
      try {
        return JSON.parse(saved) as string[];
      } catch {
        /* fall through to the defaults */
      }
    }
    return columns.filter((c) => c.hidden).map((c) => c.id);
  });
  const toggle = (id: string) => {
    const next = hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id];
    setHidden(next);
    localStorage.setItem(key(table), JSON.stringify(next));
  };
  return { visible: columns.filter((c) => c.required || !hidden.includes(c.id)), hidden, toggle };
}

export function ColumnChooser<T>({ columns, hidden, onToggle }: { columns: Column<T>[]; hidden: string[]; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Popover label={t('actions.columns')} title={t('table.chooseColumns')}>
      <fieldset style={{ border: 0, margin: 0, padding: 4 }}>
        <legend className="visually-hidden">{t('table.chooseColumns')}</legend>
        {columns.map((c) => (
          <label key={c.id} className="menu-item">
            <input type="checkbox" checked={c.required || !hidden.includes(c.id)} disabled={c.required} onChange={() => onToggle(c.id)} />
            {c.header}
          </label>
        ))}
      </fieldset>
    </Popover>
  );
}
