import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { isApiError } from '@/lib/problem';
import { useChangeLeadStatus } from '../../api/change-lead-status';
import { useDirectory } from '../../api/get-directory';
import { useLead } from '../../api/get-lead';
import { salesKeys } from '../../api/keys';
import type { LeadDetails, LeadStatus } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { LeadStatusBadge } from '../badges';
import { ReasonDialog } from '../reason-dialog';
import { ConvertLeadDialog } from './convert-lead-dialog';
import { LeadFormDialog } from './lead-form-dialog';

/** A lead: its fields, where it is in new → working → qualified → converted, and the steps to move it on. */
export function LeadDetail({ id }: { id: string }) {
  const lead = useLead(id);
  if (lead.error) return <ErrorBanner error={lead.error} onRetry={() => void lead.refetch()} />;
  if (lead.isPending) return <Spinner />;
  return <LeadView lead={lead.data} key={lead.data.id} />;
}

function LeadView({ lead }: { lead: LeadDetails }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const toast = useToast();
  const client = useQueryClient();
  const directory = useDirectory();
  const { can } = usePermissions();
  const status = useChangeLeadStatus(lead.id);
  const [dialog, setDialog] = useState<'edit' | 'convert' | 'disqualify' | null>(null);
  const write = can('sales.write');

  const change = (to: LeadStatus, reason?: string) =>
    status.mutate(
      { status: to, version: lead.version, reason: reason ?? null },
      {
        onSuccess: () => setDialog(null),
        onError: (e) => {
          if (isApiError(e) && e.isStaleVersion) {
            const current = e.current<LeadDetails>();
            if (current) client.setQueryData(salesKeys.lead(lead.id), current);
            else void client.invalidateQueries({ queryKey: salesKeys.lead(lead.id) });
            toast(t('common.staleReloaded'));
            setDialog(null);
          }
        },
      },
    );

  const actions: { label: string; to: LeadStatus }[] =
    lead.status === 'New'
      ? [
          { label: t('leads.startWorking'), to: 'Working' },
          { label: t('leads.qualify'), to: 'Qualified' },
        ]
      : lead.status === 'Working'
        ? [{ label: t('leads.qualify'), to: 'Qualified' }]
        : lead.status === 'Disqualified'
          ? [{ label: t('leads.reopen'), to: 'Working' }]
          : [];

  const props: [string, ReactNode][] = [
    [t('leads.company'), lead.company],
    [t('leads.jobTitle'), lead.jobTitle],
    [t('leads.email'), lead.email && <a href={`mailto:${lead.email}`}>{lead.email}</a>],
    [t('leads.phone'), lead.phone && <a href={`tel:${lead.phone}`}>{lead.phone}</a>],
    [t('leads.source'), lead.source],
    [t('leads.score'), format.number(lead.score)],
    [t('common.owner'), directory.userName(lead.ownerId)],
    [t('common.team'), directory.teamName(lead.teamId)],
    [t('leads.created'), format.dateTime(lead.createdAt)],
    [t('leads.updated'), format.dateTime(lead.updatedAt)],
  ];

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div className="stack" style={{ gap: 2 }}>
          <Link to="/sales/leads" className="small">
            ← {t('leads.title')}
          </Link>
          <div className="row">
            <h1>{lead.fullName}</h1>
            <LeadStatusBadge status={lead.status} />
          </div>
          {lead.company && <span className="muted">{[lead.jobTitle, lead.company].filter(Boolean).join(' · ')}</span>}
        </div>
        <span className="spacer" />
        {write && lead.status !== 'Converted' && (
          <div className="row wrap">
            {actions.map((a) => (
              <Button key={a.to} disabled={status.isPending} onClick={() => change(a.to)}>
                {a.label}
              </Button>
            ))}
            {lead.status !== 'Disqualified' && (
              <Button variant="danger" disabled={status.isPending} onClick={() => setDialog('disqualify')}>
                {t('leads.disqualify')}
              </Button>
            )}
            <Button onClick={() => setDialog('edit')}>{t('leads.edit')}</Button>
            <Button
              variant="primary"
              disabled={lead.status !== 'Qualified'}
              title={lead.status !== 'Qualified' ? t('leads.convertHint') : undefined}
              onClick={() => setDialog('convert')}
            >
              {t('leads.convert')}
            </Button>
          </div>
        )}
      </div>
      {status.error !== null && !(isApiError(status.error) && status.error.isStaleVersion) && dialog !== 'disqualify' && <ErrorBanner error={status.error} />}
      {lead.status === 'Converted' && (
        <div className="banner success stack" role="status" style={{ gap: 4 }}>
          <span>{t('leads.convertedBanner', { date: format.date(lead.convertedAt) })}</span>
          <span className="row wrap">
            {lead.contactId && <Link to={`/customers/contacts/${lead.contactId}`}>{t('convert.openContact')}</Link>}
            {lead.accountId && <Link to={`/customers/accounts/${lead.accountId}`}>{t('convert.openAccount')}</Link>}
            {lead.opportunityId && <Link to={`/sales/opportunities/${lead.opportunityId}`}>{t('convert.openOpportunity')}</Link>}
          </span>
        </div>
      )}
      {lead.status === 'Disqualified' && lead.disqualifyReason && (
        <div className="banner warning">{t('leads.disqualifiedBanner', { reason: lead.disqualifyReason })}</div>
      )}
      <div className="detail">
        <section className="card" aria-labelledby="lead-props">
          <h2 id="lead-props" className="card-title">
            {t('opportunities.overview')}
          </h2>
          <dl className="props">
            {props.map(([label, value]) => (
              <FragmentRow key={label} label={label} value={value} />
            ))}
          </dl>
          {lead.notes && (
            <>
              <h3 style={{ marginTop: 16 }}>{t('leads.notes')}</h3>
              <p style={{ whiteSpace: 'pre-wrap' }}>{lead.notes}</p>
            </>
          )}
        </section>
        <section className="card detail-main" aria-labelledby="lead-history">
          <h2 id="lead-history" className="card-title">
            {t('leads.history')}
          </h2>
          <ol className="timeline">
            {[...lead.history].reverse().map((step, index) => (
              <li key={`${step.changedAt}-${index}`}>
                <span className="dot" aria-hidden="true">
                  {index === 0 ? '●' : '○'}
                </span>
                <div>
                  <div className="row wrap">
                    <strong>
                      {step.from
                        ? t('leads.changed', { from: t(`leadStatus.${step.from}`), to: t(`leadStatus.${step.to}`) })
                        : t('leads.captured', { to: t(`leadStatus.${step.to}`) })}
                    </strong>
                    <span className="muted small">{t('leads.by', { name: directory.userName(step.actorId) || '…' })}</span>
                    <span className="spacer" />
                    <span className="muted small" title={format.dateTime(step.changedAt)}>
                      {format.relative(step.changedAt)}
                    </span>
                  </div>
                  {step.reason && <div className="muted">{step.reason}</div>}
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
      {dialog === 'edit' && <LeadFormDialog lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'convert' && <ConvertLeadDialog lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'disqualify' && (
        <ReasonDialog
          title={t('leads.disqualifyTitle', { name: lead.fullName })}
          label={t('leads.disqualifyReason')}
          required
          danger
          confirmLabel={t('leads.disqualify')}
          pending={status.isPending}
          error={status.error}
          onConfirm={(reason) => change('Disqualified', reason)}
          onClose={() => {
            status.reset();
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}

function FragmentRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
}
