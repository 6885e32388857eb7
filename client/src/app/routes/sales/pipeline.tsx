import { PipelineBoardPage } from '@/features/sales/components/board/pipeline-board';
import { RequirePermission } from '../require-permission';

export function PipelinePage() {
  return (
    <RequirePermission permission="sales.read">
      <PipelineBoardPage />
    </RequirePermission>
  );
}
