import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';
import { useConvertLead } from '../../api/convert-lead';
import { usePipelines } from '../../api/list-pipelines';
import { isoDay } from '../../model/period';
import type { ConvertLeadBody, LeadConversion, LeadDetails } from '../../model/types';

export interface ConvertValues {
  createOpportunity: boolean;
  opportunityName: string;
  amount: string;
  currency: string;
  closeDate: string;
  pipelineId: string;
}

/** The ConvertLead body from the form: opportunity fields only when one is wanted; empty fields left to the server's defaults. */
export function convertPayload(values: ConvertValues, version: number): ConvertLeadBody {
  if (!values.createOpportunity) return { version, createOpportunity: false };
  return {
    version,
    createOpportunity: true,
    opportunityName: values.opportunityName.trim() || null,
    amount: values.amount.trim() === '' ? null : Number(values.amount),
    currency: values.currency.trim().toUpperCase() || null,
    closeDate: values.closeDate || null,
    pipelineId: values.pipelineId || null,
  };
}

/**
 * Converts a qualified lead: says up front what will happen (contact found by email or created, account found by name
 * or created), optionally opens an opportunity, then shows what was found or created with links to each record.
 */
export function ConvertLeadDialog({ lead, onClose }: { lead: LeadDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const convert = useConvertLead(lead.id);
  const pipelines = usePipelines();
  const [result, setResult] = useState<LeadConversion | null>(null);
  const [values, setValues] = useState<ConvertValues>({
    createOpportunity: true,
    opportunityName: '',
    amount: '',
    currency: '',
    closeDate: isoDay(30),
    pipelineId: '',
  });
  const set = (patch: Partial<ConvertValues>) => setValues((v) => ({ ...v, ...patch }));
  const err = (f: string) => fieldError(convert.error, f);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    convert.mutate(convertPayload(values, lead.version), { onSuccess: setResult });
  };

  if (result) {
    return (
      <Dialog
        open
        onClose={onClose}
        title={t('convert.doneTitle')}
        footer={
          <Button variant="primary" onClick={onClose}>
            {tc('actions.close')}
          </Button>
        }
      >
        <ul className="stack conversion" aria-label={t('convert.doneTitle')}>
          <li className="row">
            <Badge tone={result.contactCreated ? 'success' : 'accent'}>{result.contactCreated ? t('convert.contactCreated') : t('convert.contactFound')}</Badge>
            <span className="spacer" />
            <Link to={`/customers/contacts/${result.contactId}`}>{t('convert.openContact')}</Link>
          </li>
          {result.accountId && (
            <li className="row">
              <Badge tone={result.accountCreated ? 'success' : 'accent'}>{result.accountCreated ? t('convert.accountCreated') : t('convert.accountFound')}</Badge>
              <span className="spacer" />
              <Link to={`/customers/accounts/${result.accountId}`}>{t('convert.openAccount')}</Link>
            </li>
          )}
          {result.opportunityId && (
            <li className="row">
              <Badge tone="success">{t('convert.opportunityCreated')}</Badge>
              <span className="spacer" />
              <Link to={`/sales/opportunities/${result.opportunityId}`}>{t('convert.openOpportunity')}</Link>
            </li>
          )}
        </ul>
      </Dialog>
    );
  }

  const active = (pipelines.data ?? []).filter((p) => p.isActive);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('convert.title', { name: lead.fullName })}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="convert-form" disabled={convert.isPending}>
            {convert.isPending ? t('convert.converting') : t('convert.submit')}
          </Button>
        </>
      }
    >
      <form id="convert-form" className="stack" onSubmit={submit} noValidate>
        {convert.error !== null && !['opportunityName', 'amount', 'currency', 'closeDate', 'pipelineId'].some(err) && <ErrorBanner error={convert.error} />}
        <div>
          <p style={{ marginTop: 0 }}>{t('convert.intro')}</p>
          <ul className="small">
            <li>{lead.email ? t('convert.contactLine', { name: lead.fullName, email: lead.email }) : t('convert.contactNoEmail', { name: lead.fullName })}</li>
            <li>{lead.company ? t('convert.accountLine', { company: lead.company }) : t('convert.noAccount')}</li>
          </ul>
        </div>
        <label className="row">
          <input type="checkbox" checked={values.createOpportunity} onChange={(e) => set({ createOpportunity: e.target.checked })} />
          {t('convert.createOpportunity')}
        </label>
        {values.createOpportunity && (
          <fieldset className="stack plain">
            <legend className="visually-hidden">{t('convert.createOpportunity')}</legend>
            <TextField
              label={t('convert.opportunityName')}
              placeholder={t('convert.opportunityNamePlaceholder', { name: lead.company ?? lead.fullName })}
              value={values.opportunityName}
              error={err('opportunityName')}
              onChange={(e) => set({ opportunityName: e.target.value })}
            />
            <div className="grid-2">
              <TextField
                label={t('convert.amount')}
                type="number"
                min={0}
                step="0.01"
                value={values.amount}
                error={err('amount')}
                onChange={(e) => set({ amount: e.target.value })}
              />
              <TextField
                label={t('convert.currency')}
                maxLength={3}
                hint={t('convert.currencyHint')}
                value={values.currency}
                error={err('currency')}
                onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
              />
              <TextField
                label={t('convert.closeDate')}
                type="date"
                value={values.closeDate}
                error={err('closeDate')}
                onChange={(e) => set({ closeDate: e.target.value })}
              />
              <SelectField
                label={t('convert.pipeline')}
                value={values.pipelineId}
                error={err('pipelineId')}
                onChange={(e) => set({ pipelineId: e.target.value })}
                options={[{ value: '', label: t('common.anyPipeline') }, ...active.map((p) => ({ value: p.id, label: p.name }))]}
              />
            </div>
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}
