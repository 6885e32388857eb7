import type { QueryClient } from '@tanstack/react-query';
import { salesKeys } from './keys';

/**
 * A deal changed (moved, won, lost, re-priced, created by a conversion): every view that sums deals is stale —
 * lists, boards, the record, and the manager's figures (forecast, attainment, performance).
 */
export function dealsChanged(client: QueryClient): void {
  for (const key of [salesKeys.opportunities(), ['sales', 'forecast'], ['sales', 'quotas'], ['sales', 'performance'], ['sales', 'commissions']]) {
    void client.invalidateQueries({ queryKey: key });
  }
}
