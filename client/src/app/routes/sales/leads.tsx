import { LeadList } from '@/features/sales/components/leads/lead-list';
import { RequirePermission } from '../require-permission';

export function LeadsPage() {
  return (
    <RequirePermission permission="sales.read">
      <LeadList />
    </RequirePermission>
  );
}
