import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { Relationship, Stage, Tier } from '../model/types';

export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation('customers');
  return <Badge tone={`tier-${tier}`}>{t('fields.tierValue', { tier: t(`tier.${tier}`) })}</Badge>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('customers');
  return <Badge tone="accent">{t(`stage.${stage}`)}</Badge>;
}

export function RelationshipBadge({ relationship }: { relationship: Relationship }) {
  const { t } = useTranslation('customers');
  return <Badge tone={relationship === 'Broken' ? 'danger' : undefined}>{t(`relationship.${relationship}`)}</Badge>;
}
