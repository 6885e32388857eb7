import { SalesSetup } from '@/features/sales/components/setup/sales-setup';
import { RequirePermission } from '../require-permission';

export function SalesSetupPage() {
  return (
    <RequirePermission permission="sales.read">
      <SalesSetup />
    </RequirePermission>
  );
}
