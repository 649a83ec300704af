/** The contact persons of one unit, for the unit page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useState } from 'react';
import { useContacts } from '../api/get-contacts';
import { ContactsTable } from './contacts-table';

export function UnitContacts({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const { canWriteContactsOf } = usePermissions();
  const [page, setPage] = useState(0);
  const contacts = useContacts({ unitId, page, sort: 'name' });
  return (
    <section aria-labelledby="unit-contacts-title" className="section">
      <div className="section__header">
        <h2 id="unit-contacts-title">{t('contacts.ofUnit')}</h2>
        {canWriteContactsOf(unitId) && (
          <Link className="button" to={`/contacts/new?unitId=${unitId}`}>
            {t('contacts.create')}
          </Link>
        )}
      </div>
      {contacts.isPending ? (
        <Loading />
      ) : contacts.isError ? (
        <ProblemAlert error={contacts.error} />
      ) : (
        <>
          {contacts.data.items.length > 0 && (
            <ContactsTable contacts={contacts.data.items} caption={t('contacts.ofUnitCaption', { unit: unitName })} showUnit={false} />
          )}
          <Pager page={contacts.data.page} size={contacts.data.size} total={contacts.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
