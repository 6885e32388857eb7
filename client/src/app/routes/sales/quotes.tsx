import { useParams } from 'react-router';
import { QuoteEditor } from '@/features/sales/components/quotes/quote-editor';
import { QuoteList } from '@/features/sales/components/quotes/quote-list';
import { RequirePermission } from '../require-permission';

export function QuotesPage() {
  return (
    <RequirePermission permission="sales.read">
      <QuoteList />
    </RequirePermission>
  );
}

export function QuotePage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="sales.read">
      <QuoteEditor id={id} />
    </RequirePermission>
  );
}
