import { RecordList } from '@/features/customers/components/record-list';

export function ContactsPage() {
  return <RecordList kind="contacts" />;
}
