import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Tags as chips; type and press Enter (or comma) to add, the × to remove. */
export function TagEditor({ value, onChange, label }: { value: string[]; onChange: (tags: string[]) => void; label?: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim().replace(/,$/, '');
    if (tag && !value.includes(tag)) onChange([...value, tag]);
    setDraft('');
  };
  return (
    <div className="field">
      <span className="label">{label ?? t('tags.label')}</span>
      <div className="row wrap">
        {value.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button type="button" aria-label={t('tags.remove', { tag })} onClick={() => onChange(value.filter((x) => x !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          className="input"
          style={{ width: 160 }}
          aria-label={t('tags.add')}
          placeholder={t('tags.add')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </div>
    </div>
  );
}
