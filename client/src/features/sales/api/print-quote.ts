import { download } from '@/api/client';

/**
 * PrintQuote (GET /api/v1/sales/quotes/{id}/print): the printable HTML the API renders. It needs the bearer token, so
 * a plain link cannot open it: it is fetched and shown from a blob URL in a new tab (opened first, inside the click,
 * so pop-up blockers allow it).
 */
export async function openQuotePrint(id: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await download(`/api/v1/sales/quotes/${id}/print`, {});
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
