import { api, unwrap } from '@/api/client';

/** WinOpportunity (POST /api/v1/sales/opportunities/{id}/win): closes the deal in its pipeline's won stage; reason optional. */
export const winOpportunity = (id: string, version: number, reason?: string) =>
  unwrap(api.POST('/api/v1/sales/opportunities/{id}/win', { params: { path: { id } }, body: { version, reason: reason?.trim() || null } }));
