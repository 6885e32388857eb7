import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { ForecastCategory, LeadStatus, OpportunityStatus, OrderStatus, QuoteStatus, StageCategory } from '../model/types';

const leadTone: Record<LeadStatus, string | undefined> = {
  New: 'accent',
  Working: 'accent',
  Qualified: 'success',
  Disqualified: 'danger',
  Converted: 'success',
};

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useTranslation('sales');
  return <Badge tone={leadTone[status]}>{t(`leadStatus.${status}`)}</Badge>;
}

const outcomeTone = (status: OpportunityStatus | StageCategory) => (status === 'Won' ? 'success' : status === 'Lost' ? 'danger' : undefined);

export function OpportunityStatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation('sales');
  return <Badge tone={outcomeTone(status)}>{t(`opportunityStatus.${status}`)}</Badge>;
}

export function StageBadge({ name, category }: { name: string; category: StageCategory }) {
  return <Badge tone={category === 'Open' ? 'accent' : outcomeTone(category)}>{name}</Badge>;
}

export function ForecastCategoryBadge({ category }: { category: ForecastCategory }) {
  const { t } = useTranslation('sales');
  return <Badge tone={category === 'Commit' ? 'success' : category === 'BestCase' ? 'accent' : undefined}>{t(`forecastCategory.${category}`)}</Badge>;
}

const quoteTone: Record<QuoteStatus, string | undefined> = { Draft: undefined, Sent: 'accent', Accepted: 'success', Rejected: 'danger', Expired: 'warning' };

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation('sales');
  return <Badge tone={quoteTone[status]}>{t(`quoteStatus.${status}`)}</Badge>;
}

const orderTone: Record<OrderStatus, string | undefined> = { Placed: 'accent', Fulfilled: 'success', Cancelled: 'danger' };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('sales');
  return <Badge tone={orderTone[status]}>{t(`orderStatus.${status}`)}</Badge>;
}
