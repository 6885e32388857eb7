import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { usePermissions } from '@/lib/auth';
import { fieldError, isApiError } from '@/lib/problem';
import { useCreateCommissionRule } from '../../api/create-commission-rule';
import { useDirectory } from '../../api/get-directory';
import { useCommissionRules } from '../../api/list-commission-rules';
import { useUpdateCommissionRule } from '../../api/update-commission-rule';
import type { CommissionRuleDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';

/** Commission rules: a base rate, raised by tiers above quota-attainment thresholds, for one rep or everyone else. */
export function CommissionRulesPanel() {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const directory = useDirectory();
  const { can } = usePermissions();
  const rules = useCommissionRules();
  const [editing, setEditing] = useState<CommissionRuleDetails | 'new' | null>(null);

  return (
    <div className="stack">
      {can('sales.manage') && (
        <div>
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('rules.new')}
          </Button>
        </div>
      )}
      {rules.error ? (
        <ErrorBanner error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.isPending ? (
        <Spinner />
      ) : rules.data.length === 0 ? (
        <EmptyState>{t('rules.empty')}</EmptyState>
      ) : (
        rules.data.map((rule) => (
          <section key={rule.id} className="card" aria-labelledby={`rule-${rule.id}`}>
            <div className="card-title">
              <h2 id={`rule-${rule.id}`}>{rule.name}</h2>
              <Badge tone={rule.userId ? 'accent' : undefined}>{rule.userId ? directory.userName(rule.userId) : t('rules.everyone')}</Badge>
              {!rule.isActive && <Badge>{t('common.inactive')}</Badge>}
              <span className="spacer" />
              {can('sales.manage') && (
                <Button size="small" aria-label={t('common.editNamed', { name: rule.name })} onClick={() => setEditing(rule)}>
                  {t('rules.edit')}
                </Button>
              )}
            </div>
            <p style={{ margin: 0 }}>
              {t('rules.base', { rate: format.percent100(rule.baseRatePercent) })}
              {rule.tiers.map((tier) => (
                <span key={String(tier.thresholdPercent)}>
                  {' · '}
                  {t('rules.tier', { threshold: format.percent100(tier.thresholdPercent), rate: format.percent100(tier.ratePercent) })}
                </span>
              ))}
            </p>
          </section>
        ))
      )}
      {editing && <RuleDialog rule={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function RuleDialog({ rule, onClose }: { rule?: CommissionRuleDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const directory = useDirectory();
  const create = useCreateCommissionRule();
  const update = useUpdateCommissionRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [userId, setUserId] = useState(rule?.userId ?? '');
  const [base, setBase] = useState(rule ? String(rule.baseRatePercent) : '');
  const [active, setActive] = useState(rule?.isActive ?? true);
  const [tiers, setTiers] = useState(rule?.tiers.map((x) => ({ threshold: String(x.thresholdPercent), rate: String(x.ratePercent) })) ?? []);
  const mutation = rule ? update : create;
  const err = (f: string) => fieldError(mutation.error, f);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      name: name.trim(),
      baseRatePercent: Number(base || 0),
      userId: userId || null,
      isActive: active,
      tiers: tiers.map((x) => ({ thresholdPercent: Number(x.threshold), ratePercent: Number(x.rate) })),
    };
    if (rule) update.mutate({ id: rule.id, body: { ...body, version: rule.version } }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={rule ? t('rules.edit') : t('rules.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="rule-form" disabled={mutation.isPending}>
            {tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id="rule-form" className="stack" onSubmit={submit} noValidate>
        {mutation.error !== null && !err('name') && !err('baseRatePercent') && (
          <ErrorBanner error={mutation.error} onRetry={isApiError(mutation.error) && mutation.error.isStaleVersion ? onClose : undefined} />
        )}
        <TextField label={t('rules.name')} required value={name} error={err('name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label={t('rules.appliesTo')}
          value={userId}
          error={err('userId')}
          onChange={(e) => setUserId(e.target.value)}
          options={[{ value: '', label: t('rules.everyone') }, ...directory.users.map((u) => ({ value: u.id, label: u.displayName }))]}
        />
        <TextField label={t('rules.baseRate')} type="number" min={0} max={100} step="any" value={base} error={err('baseRatePercent')} onChange={(e) => setBase(e.target.value)} />
        <fieldset className="plain stack">
          <legend className="label">{t('rules.tiers')}</legend>
          {tiers.map((tier, index) => (
            <div key={index} className="row" style={{ alignItems: 'end' }}>
              <TextField
                label={t('rules.threshold', { n: index + 1 })}
                type="number"
                min={0}
                step="any"
                value={tier.threshold}
                onChange={(e) => setTiers((all) => all.map((x, i) => (i === index ? { ...x, threshold: e.target.value } : x)))}
              />
              <TextField
                label={t('rules.tierRate', { n: index + 1 })}
                type="number"
                min={0}
                max={100}
                step="any"
                value={tier.rate}
                onChange={(e) => setTiers((all) => all.map((x, i) => (i === index ? { ...x, rate: e.target.value } : x)))}
              />
              <Button size="small" variant="danger" aria-label={t('rules.removeTier', { n: index + 1 })} onClick={() => setTiers((all) => all.filter((_, i) => i !== index))}>
                ×
              </Button>
            </div>
          ))}
          {err('tiers') && <span className="field-error">{err('tiers')}</span>}
          <div>
            <Button size="small" onClick={() => setTiers((all) => [...all, { threshold: '100', rate: '' }])}>
              {t('rules.addTier')}
            </Button>
          </div>
        </fieldset>
        <label className="row small">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t('common.active')}
        </label>
      </form>
    </Dialog>
  );
}
