import { api, unwrap } from '@/api/client';

/** LoseOpportunity (POST /api/v1/sales/opportunities/{id}/lose): closes the deal as lost with the (required) reason. */
export const loseOpportunity = (id: string, version: number, reason: string) =>
  unwrap(api.POST('/api/v1/sales/opportunities/{id}/lose', { params: { path: { id } }, body: { version, reason: reason.trim() } }));
