import { api, unwrap } from '@/api/client';

/** GetProduct (GET /api/v1/sales/products/{id}): the product as it is now (used when a stale edit is re-applied). */
export const getProduct = (id: string) => unwrap(api.GET('/api/v1/sales/products/{id}', { params: { path: { id } } }));
