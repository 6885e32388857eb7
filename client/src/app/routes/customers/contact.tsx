import { useParams } from 'react-router';
import { RecordDetail } from '@/features/customers/components/record-detail';

export function ContactPage() {
  const { id = '' } = useParams();
  return <RecordDetail key={id} kind="contacts" id={id} />;
}
