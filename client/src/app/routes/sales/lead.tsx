import { useParams } from 'react-router';
import { LeadDetail } from '@/features/sales/components/leads/lead-detail';
import { RequirePermission } from '../require-permission';

export function LeadPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="sales.read">
      <LeadDetail id={id} />
    </RequirePermission>
  );
}
