import { RecordList } from '@/features/customers/components/record-list';

export function AccountsPage() {
  return <RecordList kind="accounts" />;
}
