/** /contacts: search, filter, sort and page through contact persons. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { ContactRole } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { useContacts } from '../api/get-contacts';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { ContactFilters } from '../components/contact-filters';
import { ContactsTable } from '../components/contacts-table';

const FILTERS = ['unitId', 'role', 'active'] as const;

export function ContactsListRoute() {
  const { t } = useTranslation();
  const { canWriteContacts } = usePermissions();
  const units = useUnitOptions();
  const { page, sort, q, filters, update } = useListParams(FILTERS, 'name');
  const query = {
    sort,
    q: q || undefined,
    unitId: filters.unitId || undefined,
    role: (filters.role || undefined) as ContactRole | undefined,
    active: filters.active ? filters.active === 'true' : undefined,
  };
  const contacts = useContacts({ page, ...query });
  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        actions={
          <>
            <CsvExportButton path="/api/v1/contact-persons" query={query} fileName="kontaktpersoner.csv" />
            {canWriteContacts && (
              <Link className="button" to="/contacts/new">
                {t('contacts.create')}
              </Link>
            )}
          </>
        }
      />
      <Notice />
      <ContactFilters initial={{ q, ...filters }} units={units.data ?? []} onApply={(values) => update(values)} />
      {contacts.isPending ? (
        <Loading />
      ) : contacts.isError ? (
        <ProblemAlert error={contacts.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: contacts.data.total })}
          </p>
          {contacts.data.items.length > 0 && (
            <ContactsTable contacts={contacts.data.items} caption={t('contacts.listCaption')} sort={sort} onSort={(value) => update({ sort: value })} />
          )}
          <Pager page={contacts.data.page} size={contacts.data.size} total={contacts.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
