import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBanner, Spinner } from '@/components/ui/feedback';
import { UrlTabs, type UrlTab } from '@/components/ui/url-tabs';
import { usePermissions } from '@/lib/auth';
import { useDirectory } from '../../api/get-directory';
import { useOpportunity } from '../../api/get-opportunity';
import { usePipelines } from '../../api/list-pipelines';
import { daysSince } from '../../model/board';
import { dec, percentOf, toNumber } from '../../model/decimal';
import { isoDay } from '../../model/period';
import type { OpportunityDetails } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { ForecastCategoryBadge, OpportunityStatusBadge, StageBadge } from '../badges';
import { StageMenu } from '../board/stage-menu';
import { useStageFlow } from '../board/use-stage-flow';
import { AssignDialog } from './assign-dialog';
import { OpportunityFormDialog } from './opportunity-form-dialog';
import { OpportunityLines } from './opportunity-lines';
import { OpportunityQuotes } from '../quotes/opportunity-quotes';
import { StageHistory } from './stage-history';

/**
 * A deal: where it stands (stage, days there, amount, weighted, close date, next step), the steps a rep takes on it
 * (move, win, lose, edit, reassign), its products, its stage history and its quotes.
 */
export function OpportunityDetail({ id }: { id: string }) {
  const opportunity = useOpportunity(id);
  if (opportunity.error) return <ErrorBanner error={opportunity.error} onRetry={() => void opportunity.refetch()} />;
  if (opportunity.isPending) return <Spinner />;
  return <OpportunityView opportunity={opportunity.data} />;
}

function OpportunityView({ opportunity: o }: { opportunity: OpportunityDetails }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const directory = useDirectory();
  const { can } = usePermissions();
  const pipelines = usePipelines();
  const flow = useStageFlow();
  const [dialog, setDialog] = useState<'edit' | 'assign' | null>(null);
  const pipeline = pipelines.data?.find((p) => p.id === o.pipelineId);
  const open = o.status === 'Open';
  const write = can('sales.write');
  const card = { id: o.id, name: o.name, version: o.version };
  const targets = (pipeline?.stages ?? []).filter((s) => s.id !== o.stageId).map((s) => ({ stageId: s.id, name: s.name, category: s.category }));
  const wonStage = targets.find((s) => s.category === 'Won');
  const lostStage = targets.find((s) => s.category === 'Lost');
  const weighted = percentOf(dec(o.amount), dec(o.probability));
  const overdue = open && o.closeDate < isoDay();

  const props: [string, ReactNode][] = [
    [t('opportunities.account'), o.accountId && <Link to={`/customers/accounts/${o.accountId}`}>{o.accountName ?? o.accountId}</Link>],
    [t('opportunities.contact'), o.contactId && <Link to={`/customers/contacts/${o.contactId}`}>{o.contactName ?? o.contactId}</Link>],
    [t('opportunities.amount'), format.money(o.amount, o.currency)],
    [t('opportunities.probability'), format.percent100(o.probability)],
    [t('opportunities.weighted'), format.money(toNumber(weighted), o.currency)],
    [t('opportunities.closeDate'), <span className={overdue ? 'overdue' : undefined}>{format.day(o.closeDate)}{overdue && ` · ${t('opportunities.overdue')}`}</span>],
    [t('opportunities.forecastCategory'), <ForecastCategoryBadge category={o.forecastCategory} />],
    [t('opportunities.pipeline'), pipeline?.name],
    [t('opportunities.inStage'), open ? t('common.daysLong', { count: daysSince(o.stageEnteredAt) }) : null],
    [t('common.owner'), directory.userName(o.ownerId)],
    [t('common.team'), directory.teamName(o.teamId)],
    [
      t('opportunities.competitors'),
      o.competitors.length > 0 && (
        <span className="row wrap" style={{ gap: 4 }}>
          {o.competitors.map((c) => (
            <span key={c} className="tag" style={{ paddingRight: 8 }}>
              {c}
            </span>
          ))}
        </span>
      ),
    ],
    [t('opportunities.lead'), o.leadId && <Link to={`/sales/leads/${o.leadId}`}>{t('opportunities.openLead')}</Link>],
    [t('opportunities.closeReason'), o.closeReason],
    [t('leads.created'), format.dateTime(o.createdAt)],
    [t('leads.updated'), format.dateTime(o.updatedAt)],
  ];

  const tabs: UrlTab[] = [
    { id: 'lines', label: t('opportunities.tabs.lines'), content: <OpportunityLines opportunity={o} /> },
    { id: 'history', label: t('opportunities.tabs.history'), content: <StageHistory id={o.id} /> },
    { id: 'quotes', label: t('opportunities.tabs.quotes'), content: <OpportunityQuotes opportunity={o} /> },
  ];

  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div className="stack" style={{ gap: 2 }}>
          <Link to="/sales/pipeline" className="small">
            ← {t('board.title')}
          </Link>
          <div className="row wrap">
            <h1>{o.name}</h1>
            <StageBadge name={o.stageName} category={o.stageCategory} />
            {!open && <OpportunityStatusBadge status={o.status} />}
          </div>
          <span className="muted">
            {format.money(o.amount, o.currency)} · {t('board.closes', { date: format.day(o.closeDate) })}
          </span>
        </div>
        <span className="spacer" />
        {write && (
          <div className="row wrap">
            {open && targets.some((s) => s.category === 'Open') && (
              <StageMenu
                label={t('opportunities.moveTo')}
                buttonText={`${t('opportunities.moveTo')} ▾`}
                stages={targets.filter((s) => s.category === 'Open')}
                onPick={(stageId) => flow.request(card, targets.find((s) => s.stageId === stageId)!)}
              />
            )}
            {open && lostStage && (
              <Button variant="danger" onClick={() => flow.request(card, lostStage)}>
                {t('opportunities.lose')}
              </Button>
            )}
            {open && wonStage && (
              <Button variant="primary" onClick={() => flow.request(card, wonStage)}>
                {t('opportunities.win')}
              </Button>
            )}
            {can('sales.manage') && <Button onClick={() => setDialog('assign')}>{t('opportunities.assign')}</Button>}
            <Button onClick={() => setDialog('edit')}>{t('opportunities.edit')}</Button>
          </div>
        )}
      </div>
      {flow.error !== null && <ErrorBanner error={flow.error} />}
      {!open && o.closedAt && (
        <div className={o.status === 'Won' ? 'banner success' : 'banner warning'} role="status">
          {o.status === 'Won' ? t('opportunities.closedBanner_Won', { date: format.date(o.closedAt) }) : t('opportunities.closedBanner_Lost', { date: format.date(o.closedAt) })}
          {o.closeReason && ` — ${o.closeReason}`}
        </div>
      )}
      {open && o.nextStep && (
        <div className="banner next-step-banner">
          <strong>{t('opportunities.nextStep')}:</strong> {o.nextStep}
        </div>
      )}
      <div className="detail">
        <section className="card" aria-labelledby="opportunity-props">
          <h2 id="opportunity-props" className="card-title">
            {t('opportunities.overview')}
          </h2>
          <dl className="props">
            {props.map(([label, value]) => (
              <Prop key={label} label={label} value={value} />
            ))}
          </dl>
          {o.description && <p style={{ whiteSpace: 'pre-wrap' }}>{o.description}</p>}
        </section>
        <section className="card detail-main">
          <UrlTabs label={o.name} tabs={tabs} />
        </section>
      </div>
      {flow.dialog}
      {dialog === 'edit' && <OpportunityFormDialog opportunity={o} onClose={() => setDialog(null)} />}
      {dialog === 'assign' && <AssignDialog opportunity={o} onClose={() => setDialog(null)} />}
    </div>
  );
}

function Prop({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' || value === false ? '—' : value}</dd>
    </>
  );
}
