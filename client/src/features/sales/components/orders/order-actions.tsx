import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { useToast } from '@/components/ui/toast';
import { usePermissions } from '@/lib/auth';
import { useOrderStep } from '../../api/order-transitions';
import type { OrderStatus } from '../../model/types';
import { ReasonDialog } from '../reason-dialog';

/** Fulfil or cancel (with an optional reason) a placed order; nothing once it is fulfilled or cancelled. */
export function OrderActions({ order, size }: { order: { id: string; number: string; status: OrderStatus; version: number }; size?: 'small' }) {
  const { t } = useTranslation('sales');
  const toast = useToast();
  const { can } = usePermissions();
  const step = useOrderStep();
  const [cancelling, setCancelling] = useState(false);
  if (!can('sales.write') || order.status !== 'Placed') return null;
  return (
    <span className="row" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
      <Button
        size={size}
        disabled={step.isPending}
        aria-label={t('orders.fulfilNamed', { number: order.number })}
        onClick={() => step.mutate({ id: order.id, version: order.version, step: { action: 'fulfil' } }, { onSuccess: () => toast(t('orders.fulfilled', { number: order.number })) })}
      >
        {t('orders.fulfil')}
      </Button>
      <Button size={size} variant="danger" disabled={step.isPending} aria-label={t('orders.cancelNamed', { number: order.number })} onClick={() => setCancelling(true)}>
        {t('orders.cancel')}
      </Button>
      {step.error !== null && !cancelling && <ErrorBanner error={step.error} />}
      {cancelling && (
        <ReasonDialog
          title={t('orders.cancelTitle', { number: order.number })}
          label={t('orders.cancelReason')}
          required={false}
          danger
          confirmLabel={t('orders.cancel')}
          pending={step.isPending}
          error={step.error}
          onConfirm={(reason) =>
            step.mutate(
              { id: order.id, version: order.version, step: { action: 'cancel', reason } },
              {
                onSuccess: () => {
                  setCancelling(false);
                  toast(t('orders.cancelled', { number: order.number }));
                },
              },
            )
          }
          onClose={() => setCancelling(false)}
        />
      )}
    </span>
  );
}
