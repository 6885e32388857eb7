import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/get-directory';
import { activeFilters, type FilterKey, type ListFilters } from '../model/list-filters';
import { relationships, stages, tiers } from '../model/types';

/** The list's filters: tier, stage, relationship, owner, team and tag, each shown as a removable chip once set. */
export function FilterBar({ filters, onChange }: { filters: ListFilters; onChange: (patch: Partial<ListFilters>) => void }) {
  const { t } = useTranslation('customers');
  const directory = useDirectory();
  const [tag, setTag] = useState(filters.tag ?? '');
  const [seenTag, setSeenTag] = useState(filters.tag);
  if (seenTag !== filters.tag) {
    // The URL changed (back button, a chip removed): show its tag.
    setSeenTag(filters.tag);
    setTag(filters.tag ?? '');
  }
  const active = activeFilters(filters);

  const select = (key: FilterKey, label: string, all: string, options: { value: string; label: string }[]) => (
    <select
      className="input"
      aria-label={label}
      value={(filters[key] as string | undefined) ?? ''}
      onChange={(e) => onChange({ [key]: e.target.value || undefined })}
    >
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );

  const valueLabel = (key: FilterKey): string => {
    const value = filters[key] as string;
    switch (key) {
      case 'tier':
        return t(`tier.${filters.tier!}`);
      case 'stage':
        return t(`stage.${filters.stage!}`);
      case 'relationship':
        return t(`relationship.${filters.relationship!}`);
      case 'ownerId':
        return directory.userName(value) || value;
      case 'teamId':
        return directory.teamName(value) || value;
      default:
        return value;
    }
  };

  const applyTag = () => {
    const next = tag.trim() || undefined;
    if (next !== filters.tag) onChange({ tag: next });
  };

  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="row wrap filter-bar" role="group" aria-label={t('filters.label')}>
        {select('tier', t('fields.tier'), t('filters.allTiers'), tiers.map((v) => ({ value: v, label: t(`tier.${v}`) })))}
        {select('stage', t('fields.stage'), t('filters.allStages'), stages.map((v) => ({ value: v, label: t(`stage.${v}`) })))}
        {select(
          'relationship',
          t('fields.relationship'),
          t('filters.allRelationships'),
          relationships.map((v) => ({ value: v, label: t(`relationship.${v}`) })),
        )}
        {select('ownerId', t('fields.owner'), t('filters.allOwners'), directory.users.map((u) => ({ value: u.id, label: u.displayName })))}
        {select('teamId', t('fields.team'), t('filters.allTeams'), directory.teams.map((team) => ({ value: team.id, label: team.name })))}
        <input
          className="input"
          style={{ width: 140 }}
          aria-label={t('fields.tag')}
          placeholder={t('filters.tagPlaceholder')}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          onBlur={applyTag}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              applyTag();
            }
          }}
        />
      </div>
      {active.length > 0 && (
        <div className="row wrap" aria-label={t('filters.active')} role="group">
          {active.map((key) => (
            <span key={key} className="tag">
              {t(`filters.chip.${key}`, { value: valueLabel(key) })}
              <button type="button" aria-label={t('filters.remove', { filter: t(`filters.chip.${key}`, { value: valueLabel(key) }) })} onClick={() => onChange({ [key]: undefined })}>
                ×
              </button>
            </span>
          ))}
          <button
            type="button"
            className="btn small ghost"
            onClick={() => onChange({ tier: undefined, stage: undefined, relationship: undefined, ownerId: undefined, teamId: undefined, tag: undefined })}
          >
            {t('filters.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
