/** /contacts/:id: a contact person, with the actions the user's roles allow. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useContact } from '../api/get-contact';
import { ContactDetails } from '../components/contact-details';
import { DeleteContactButton } from '../components/delete-contact-button';
import { EraseContactButton } from '../components/erase-contact-button';
import { ExportPersonalDataButton } from '../components/export-personal-data-button';

export function ContactDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const permissions = usePermissions();
  const contact = useContact(id);
  const [erasedNotice, setErasedNotice] = useState(false);
  if (contact.isPending) return <Loading />;
  if (contact.isError)
    return (
      <>
        <PageHeader title={t('contacts.detailTitle')} />
        <ProblemAlert error={contact.error} />
      </>
    );
  const data = contact.data;
  const canWrite = permissions.canWriteContactsOf(data.unitId) && !data.erased;
  return (
    <>
      <PageHeader
        title={data.erased ? t('contacts.erasedName') : data.name}
        actions={
          <>
            {canWrite && (
              <Link className="button" to={`/contacts/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {canWrite && <DeleteContactButton contact={data} />}
            {permissions.canSeeHistory && (
              <Link className="button button--secondary" to={`/contacts/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      />
      {/* The notice of an earlier step names the person: once erased, only the erasure is confirmed. */}
      {!data.erased && !erasedNotice && <Notice />}
      {erasedNotice && (
        <p className="alert alert--success" role="status">
          {t('contacts.erasedNotice')}
        </p>
      )}
      <ContactDetails contact={data} />
      {permissions.canManagePersonalData && (
        <section className="section" aria-labelledby="personal-data-title">
          <h2 id="personal-data-title">{t('contacts.personalData')}</h2>
          <p>{t('contacts.personalDataIntro')}</p>
          <div className="button-row">
            <ExportPersonalDataButton subject={{ contactId: data.id }} />
            {!data.erased && <EraseContactButton contact={data} onErased={() => setErasedNotice(true)} />}
          </div>
        </section>
      )}
    </>
  );
}
