/** /contacts/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useContact } from '@/features/contacts/api/get-contact';
import { ContactHistory } from '@/features/history/components/contact-history';

export function ContactHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contact = useContact(id);
  const name = contact.data?.name;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {contact.data && <Link to={`/contacts/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <ContactHistory contactId={id} />
    </>
  );
}
