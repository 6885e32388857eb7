import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { currentPeriod, periodKind, periodLabel, shiftPeriod, type PeriodKind } from '../model/period';

/** Chooses a sales period: month or quarter, stepped back and forth, with a way back to the current one. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t, i18n } = useTranslation('sales');
  const kind = periodKind(value) === 'month' ? 'month' : 'quarter';
  const label = usePeriodLabel();
  return (
    <div className="row wrap period-picker" style={{ alignItems: 'end' }}>
      <SelectField
        label={t('period.kind')}
        value={kind}
        onChange={(e) => onChange(currentPeriod(e.target.value as PeriodKind))}
        options={[
          { value: 'month', label: t('period.month') },
          { value: 'quarter', label: t('period.quarter') },
        ]}
      />
      <div className="row" role="group" aria-label={t('period.label')}>
        <Button aria-label={t('period.previous')} onClick={() => onChange(shiftPeriod(value, -1))}>
          ‹
        </Button>
        <output className="period-label" aria-live="polite" lang={i18n.language}>
          {label(value)}
        </output>
        <Button aria-label={t('period.next')} onClick={() => onChange(shiftPeriod(value, 1))}>
          ›
        </Button>
        {value !== currentPeriod(kind) && <Button onClick={() => onChange(currentPeriod(kind))}>{t('period.current')}</Button>}
      </div>
    </div>
  );
}

export function usePeriodLabel() {
  const { t, i18n } = useTranslation('sales');
  return (period: string) => periodLabel(period, i18n.language, (quarter, year) => t('period.quarterLabel', { quarter, year }));
}
