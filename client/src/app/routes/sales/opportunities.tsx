import { OpportunityList } from '@/features/sales/components/opportunities/opportunity-list';
import { RequirePermission } from '../require-permission';

export function OpportunitiesPage() {
  return (
    <RequirePermission permission="sales.read">
      <OpportunityList />
    </RequirePermission>
  );
}
