import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { fieldError } from '@/lib/problem';
import { useCreateLead } from '../../api/create-lead';
import { useDirectory } from '../../api/get-directory';
import { leadOptions } from '../../api/get-lead';
import { salesKeys } from '../../api/keys';
import { useUpdateLead } from '../../api/update-lead';
import type { LeadDetails } from '../../model/types';
import { useVersionedSave } from '../use-versioned-save';

const fields = ['fullName', 'company', 'jobTitle', 'email', 'phone', 'source', 'score', 'notes'] as const;
type Values = Record<(typeof fields)[number], string> & { ownerId: string };

const toValues = (lead?: LeadDetails): Values => ({
  fullName: lead?.fullName ?? '',
  company: lead?.company ?? '',
  jobTitle: lead?.jobTitle ?? '',
  email: lead?.email ?? '',
  phone: lead?.phone ?? '',
  source: lead?.source ?? '',
  score: lead?.score === null || lead?.score === undefined ? '' : String(lead.score),
  notes: lead?.notes ?? '',
  ownerId: '',
});

const body = (v: Values) => ({
  fullName: v.fullName.trim(),
  company: v.company.trim() || null,
  jobTitle: v.jobTitle.trim() || null,
  email: v.email.trim() || null,
  phone: v.phone.trim() || null,
  source: v.source.trim() || null,
  score: v.score === '' ? null : Number(v.score),
  notes: v.notes.trim() || null,
});

/** Capture a lead (managers may name its owner) or edit one; a stale edit opens the conflict dialog. */
export function LeadFormDialog({ lead, onClose }: { lead?: LeadDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const client = useQueryClient();
  const { can } = usePermissions();
  const { users } = useDirectory();
  const create = useCreateLead();
  const update = useUpdateLead(lead?.id ?? '');
  const [values, setValues] = useState<Values>(() => toValues(lead));
  const label = (f: (typeof fields)[number]) => t(`leads.${f}`);

  const saver = useVersionedSave<Values, LeadDetails>({
    submit: async (v, version) => {
      if (lead) return update.mutateAsync({ ...body(v), version });
      const created = await create.mutateAsync({ ...body(v), ownerId: v.ownerId || null });
      toast(t('leads.createdToast', { name: created.fullName }));
      navigate(`/sales/leads/${created.id}`);
      return created;
    },
    labels: Object.fromEntries(fields.map((f) => [f, label(f)])),
    showValues: (v) => ({ ...v }),
    showRecord: (r) => ({ ...toValues(r) }),
    fetchCurrent: () => client.fetchQuery({ ...leadOptions(lead!.id), staleTime: 0 }),
    onReload: (current) => {
      if (current) client.setQueryData(salesKeys.lead(current.id), current);
      else void client.invalidateQueries({ queryKey: salesKeys.lead(lead!.id) });
      onClose();
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saver.save(values, lead?.version ?? 0)) onClose();
  };
  const err = (f: string) => fieldError(saver.error, f);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const input = (f: (typeof fields)[number], extra: Record<string, unknown> = {}) => (
    <TextField label={label(f)} value={values[f]} error={err(f)} onChange={(e) => set({ [f]: e.target.value })} {...extra} />
  );

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={lead ? t('leads.edit') : t('leads.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="lead-form" disabled={saver.pending}>
            {saver.pending ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id="lead-form" className="stack" onSubmit={submit} noValidate>
        {saver.error !== null && !fields.some(err) && <ErrorBanner error={saver.error} />}
        <div className="grid-2">
          {input('fullName', { required: true, autoFocus: true })}
          {input('company')}
          {input('jobTitle')}
          {input('email', { type: 'email' })}
          {input('phone', { type: 'tel' })}
          {input('source')}
          {input('score', { type: 'number', min: 0, max: 100 })}
          {!lead && can('sales.manage') && (
            <SelectField
              label={t('common.owner')}
              value={values.ownerId}
              error={err('ownerId')}
              onChange={(e) => set({ ownerId: e.target.value })}
              options={[{ value: '', label: t('leads.ownerMe') }, ...users.map((u) => ({ value: u.id, label: u.displayName }))]}
            />
          )}
        </div>
        <TextAreaField label={label('notes')} value={values.notes} error={err('notes')} onChange={(e) => set({ notes: e.target.value })} />
      </form>
      {saver.dialog}
    </Dialog>
  );
}
