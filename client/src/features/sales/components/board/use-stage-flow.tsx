import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { isApiError } from '@/lib/problem';
import { useStageChange } from '../../api/use-stage-change';
import type { StageCategory } from '../../model/types';
import { ReasonDialog } from '../reason-dialog';

export interface StageCard {
  id: string;
  name: string;
  version: number;
}

export interface StageTarget {
  stageId: string;
  name: string;
  category: StageCategory;
}

/**
 * Taking a deal to a stage, from the board (drop, or the card's menu) or the record: an open stage moves it at once;
 * the won or lost stage first asks for the reason (optional to win, required to lose), then closes it.
 */
export function useStageFlow() {
  const { t } = useTranslation('sales');
  const toast = useToast();
  const change = useStageChange();
  const [confirming, setConfirming] = useState<{ card: StageCard; stage: StageTarget } | null>(null);

  const run = (card: StageCard, stage: StageTarget, reason?: string) =>
    change.mutate(
      { opportunityId: card.id, version: card.version, stageId: stage.stageId, category: stage.category, reason },
      {
        onSuccess: () => {
          setConfirming(null);
          toast(
            stage.category === 'Won'
              ? t('board.won', { name: card.name })
              : stage.category === 'Lost'
                ? t('board.lost', { name: card.name })
                : t('board.moved', { name: card.name, stage: stage.name }),
          );
        },
        onError: (e) => {
          if (isApiError(e) && e.isConflict) {
            setConfirming(null);
            toast(t('board.conflict', { name: card.name }));
          }
        },
      },
    );

  const request = (card: StageCard, stage: StageTarget) => {
    change.reset();
    if (stage.category === 'Open') run(card, stage);
    else setConfirming({ card, stage });
  };

  const won = confirming?.stage.category === 'Won';
  const dialog = confirming && (
    <ReasonDialog
      title={won ? t('reason.winTitle', { name: confirming.card.name }) : t('reason.loseTitle', { name: confirming.card.name })}
      intro={won ? t('reason.winIntro') : t('reason.loseIntro')}
      label={won ? t('reason.winReason') : t('reason.loseReason')}
      required={!won}
      danger={!won}
      confirmLabel={won ? t('reason.confirmWin') : t('reason.confirmLose')}
      pending={change.isPending}
      error={change.error}
      onConfirm={(reason) => run(confirming.card, confirming.stage, reason)}
      onClose={() => setConfirming(null)}
    />
  );

  const visibleError = !confirming && change.error && !(isApiError(change.error) && change.error.isConflict) ? change.error : null;
  return { request, dialog, error: visibleError, pending: change.isPending, dismissError: () => change.reset() };
}
