import { useParams } from 'react-router';
import { OpportunityDetail } from '@/features/sales/components/opportunities/opportunity-detail';
import { RequirePermission } from '../require-permission';

export function OpportunityPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="sales.read">
      <OpportunityDetail id={id} />
    </RequirePermission>
  );
}
