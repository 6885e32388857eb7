import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AccountContacts } from '@/features/customers/components/account-contacts';
import { RecordDetail } from '@/features/customers/components/record-detail';
import { useRecord } from '@/features/customers/api/get-record';
import type { AccountDetails } from '@/features/customers/model/types';

function ContactsTab({ id }: { id: string }) {
  const { data } = useRecord('accounts', id);
  return data ? <AccountContacts account={data as AccountDetails} /> : null;
}

export function AccountPage() {
  const { t } = useTranslation('customers');
  const { id = '' } = useParams();
  return <RecordDetail key={id} kind="accounts" id={id} tabs={[{ id: 'contacts', label: t('contacts.title'), content: <ContactsTab id={id} /> }]} />;
}
