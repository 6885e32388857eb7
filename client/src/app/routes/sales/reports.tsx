import { CommissionStatementView } from '@/features/sales/components/commissions/commission-statement';
import { ForecastView } from '@/features/sales/components/forecast/forecast-view';
import { PerformanceView } from '@/features/sales/components/performance/performance-view';
import { QuotaView } from '@/features/sales/components/quotas/quota-view';
import { RequirePermission } from '../require-permission';

export function ForecastPage() {
  return (
    <RequirePermission permission="sales.read">
      <ForecastView />
    </RequirePermission>
  );
}

export function QuotasPage() {
  return (
    <RequirePermission permission="sales.read">
      <QuotaView />
    </RequirePermission>
  );
}

export function CommissionsPage() {
  return (
    <RequirePermission permission="sales.read">
      <CommissionStatementView />
    </RequirePermission>
  );
}

export function PerformancePage() {
  return (
    <RequirePermission permission="sales.read">
      <PerformanceView />
    </RequirePermission>
  );
}
