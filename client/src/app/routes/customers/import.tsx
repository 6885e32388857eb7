import { useSearchParams } from 'react-router';
import { ImportWizard } from '@/features/customers/import/import-wizard';

export function ImportPage() {
  const [params] = useSearchParams();
  return <ImportWizard initialKind={params.get('kind') === 'accounts' ? 'accounts' : 'contacts'} />;
}
