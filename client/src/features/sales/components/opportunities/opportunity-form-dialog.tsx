import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { TagEditor } from '@/components/ui/tag-editor';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { useCreateOpportunity } from '../../api/create-opportunity';
import { useDirectory } from '../../api/get-directory';
import { opportunityOptions } from '../../api/get-opportunity';
import { salesKeys } from '../../api/keys';
import { usePipelines } from '../../api/list-pipelines';
import { useUpdateOpportunity } from '../../api/update-opportunity';
import { isoDay } from '../../model/period';
import { forecastCategories, type ForecastCategory, type OpportunityDetails } from '../../model/types';
import { CustomerPicker, type PickedCustomer } from '../customer-picker';
import { useVersionedSave } from '../use-versioned-save';

interface Values {
  name: string;
  account: PickedCustomer | null;
  contact: PickedCustomer | null;
  amount: string;
  currency: string;
  closeDate: string;
  probability: string;
  pipelineId: string;
  forecastCategory: ForecastCategory;
  nextStep: string;
  competitors: string[];
  description: string;
  ownerId: string;
}

const toValues = (o?: OpportunityDetails, pipelineId?: string): Values => ({
  name: o?.name ?? '',
  account: o?.accountId ? { id: o.accountId, name: o.accountName ?? '' } : null,
  contact: o?.contactId ? { id: o.contactId, name: o.contactName ?? '' } : null,
  amount: o ? String(o.amount) : '',
  currency: o?.currency ?? '',
  closeDate: o?.closeDate ?? isoDay(30),
  probability: o ? String(o.probability) : '',
  pipelineId: o?.pipelineId ?? pipelineId ?? '',
  forecastCategory: o?.forecastCategory ?? 'Pipeline',
  nextStep: o?.nextStep ?? '',
  competitors: o?.competitors ?? [],
  description: o?.description ?? '',
  ownerId: '',
});

const shown = (v: Values) => ({
  name: v.name,
  account: v.account?.name,
  contact: v.contact?.name,
  amount: v.amount,
  closeDate: v.closeDate,
  probability: v.probability,
  forecastCategory: v.forecastCategory,
  nextStep: v.nextStep,
  competitors: v.competitors,
  description: v.description,
});

/** Open a deal (customer, amount, close date, pipeline) or edit one; stage, owner and lines have their own steps. */
export function OpportunityFormDialog({
  opportunity,
  pipelineId,
  initial,
  onClose,
}: {
  opportunity?: OpportunityDetails;
  pipelineId?: string | undefined;
  initial?: { account?: PickedCustomer; contact?: PickedCustomer };
  onClose: () => void;
}) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const client = useQueryClient();
  const { can } = usePermissions();
  const { users } = useDirectory();
  const pipelines = usePipelines();
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity(opportunity?.id ?? '');
  const [values, setValues] = useState<Values>(() => ({
    ...toValues(opportunity, pipelineId),
    ...(initial?.account ? { account: initial.account } : {}),
    ...(initial?.contact ? { contact: initial.contact } : {}),
  }));
  const [missingCustomer, setMissingCustomer] = useState(false);
  const hasLines = (opportunity?.lines.length ?? 0) > 0;

  const saver = useVersionedSave<Values, OpportunityDetails>({
    submit: async (v, version) => {
      const common = {
        name: v.name.trim(),
        accountId: v.account?.id ?? null,
        contactId: v.contact?.id ?? null,
        amount: v.amount === '' ? 0 : Number(v.amount),
        closeDate: v.closeDate,
        forecastCategory: v.forecastCategory,
        nextStep: v.nextStep.trim() || null,
        competitors: v.competitors,
        description: v.description.trim() || null,
      };
      if (opportunity) return update.mutateAsync({ ...common, probability: v.probability === '' ? null : Number(v.probability), version });
      const created = await create.mutateAsync({
        ...common,
        currency: v.currency.trim().toUpperCase() || null,
        pipelineId: v.pipelineId || null,
        ownerId: v.ownerId || null,
      });
      toast(t('opportunities.created'));
      navigate(`/sales/opportunities/${created.id}`);
      return created;
    },
    labels: {
      name: t('opportunities.name'),
      account: t('opportunities.account'),
      contact: t('opportunities.contact'),
      amount: t('opportunities.amount'),
      closeDate: t('opportunities.closeDate'),
      probability: t('opportunities.probability'),
      forecastCategory: t('opportunities.forecastCategory'),
      nextStep: t('opportunities.nextStep'),
      competitors: t('opportunities.competitors'),
      description: t('opportunities.description'),
    },
    showValues: shown,
    showRecord: (r) => shown(toValues(r)),
    fetchCurrent: () => client.fetchQuery({ ...opportunityOptions(opportunity!.id), staleTime: 0 }),
    onReload: (current) => {
      if (current) client.setQueryData(salesKeys.opportunity(current.id), current);
      else void client.invalidateQueries({ queryKey: salesKeys.opportunity(opportunity!.id) });
      onClose();
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.account && !values.contact) {
      setMissingCustomer(true);
      return;
    }
    if (await saver.save(values, opportunity?.version ?? 0)) onClose();
  };
  const err = (f: string) => fieldError(saver.error, f);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const customerError = missingCustomer && !values.account && !values.contact ? t('opportunities.needsCustomer') : err('accountId');
  const known = ['name', 'accountId', 'contactId', 'amount', 'currency', 'closeDate', 'probability', 'nextStep', 'description', 'competitors', 'pipelineId'];

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={opportunity ? t('opportunities.edit') : t('opportunities.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="opportunity-form" disabled={saver.pending}>
            {saver.pending ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id="opportunity-form" className="stack" onSubmit={submit} noValidate>
        {saver.error !== null && !known.some(err) && <ErrorBanner error={saver.error} />}
        <TextField label={t('opportunities.name')} required autoFocus value={values.name} error={err('name')} onChange={(e) => set({ name: e.target.value })} />
        <div className="grid-2">
          <CustomerPicker kind="accounts" label={t('opportunities.account')} value={values.account} error={customerError} onPick={(account) => set({ account })} />
          <CustomerPicker kind="contacts" label={t('opportunities.contact')} value={values.contact} error={err('contactId')} onPick={(contact) => set({ contact })} />
          <TextField
            label={`${t('opportunities.amount')}${opportunity ? ` (${opportunity.currency})` : ''}`}
            type="number"
            min={0}
            step="0.01"
            value={values.amount}
            disabled={hasLines}
            hint={hasLines ? t('lines.netTotal') : undefined}
            error={err('amount')}
            onChange={(e) => set({ amount: e.target.value })}
          />
          {!opportunity ? (
            <TextField
              label={t('convert.currency')}
              maxLength={3}
              hint={t('convert.currencyHint')}
              value={values.currency}
              error={err('currency')}
              onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
            />
          ) : (
            <TextField
              label={t('opportunities.probabilityField')}
              type="number"
              min={0}
              max={100}
              step="0.01"
              hint={t('opportunities.probabilityHint')}
              value={values.probability}
              error={err('probability')}
              onChange={(e) => set({ probability: e.target.value })}
            />
          )}
          <TextField label={t('opportunities.closeDate')} type="date" required value={values.closeDate} error={err('closeDate')} onChange={(e) => set({ closeDate: e.target.value })} />
          <SelectField
            label={t('opportunities.forecastCategory')}
            value={values.forecastCategory}
            onChange={(e) => set({ forecastCategory: e.target.value as ForecastCategory })}
            options={forecastCategories.map((c) => ({ value: c, label: t(`forecastCategory.${c}`) }))}
          />
          {!opportunity && (
            <SelectField
              label={t('opportunities.pipeline')}
              value={values.pipelineId}
              error={err('pipelineId')}
              onChange={(e) => set({ pipelineId: e.target.value })}
              options={[
                { value: '', label: t('common.anyPipeline') },
                ...(pipelines.data ?? []).filter((p) => p.isActive).map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
          )}
          {!opportunity && can('sales.manage') && (
            <SelectField
              label={t('common.owner')}
              value={values.ownerId}
              error={err('ownerId')}
              onChange={(e) => set({ ownerId: e.target.value })}
              options={[{ value: '', label: t('leads.ownerMe') }, ...users.map((u) => ({ value: u.id, label: u.displayName }))]}
            />
          )}
        </div>
        <TextField label={t('opportunities.nextStep')} value={values.nextStep} error={err('nextStep')} onChange={(e) => set({ nextStep: e.target.value })} />
        <TagEditor label={t('opportunities.competitors')} value={values.competitors} onChange={(competitors) => set({ competitors })} />
        {err('competitors') && <span className="field-error">{err('competitors')}</span>}
        <TextAreaField label={t('opportunities.description')} value={values.description} error={err('description')} onChange={(e) => set({ description: e.target.value })} />
      </form>
      {saver.dialog}
    </Dialog>
  );
}
