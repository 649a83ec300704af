/** Contact persons as a table; sortable when given a sort. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import type { ContactPersonView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

interface ContactsTableProps {
  contacts: ContactPersonView[];
  caption: string;
  sort?: string;
  onSort?: (sort: string) => void;
  showUnit?: boolean;
}

export function ContactsTable({ contacts, caption, sort, onSort, showUnit = true }: ContactsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = (field: string, label: string) =>
    sort !== undefined && onSort ? (
      <SortableHeader field={field} label={label} sort={sort} onSort={onSort} />
    ) : (
      <th scope="col">{label}</th>
    );
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('name', t('contacts.name'))}
            {showUnit && header('unitName', t('contacts.unit'))}
            <th scope="col">{t('contacts.roles')}</th>
            {header('email', t('contacts.email'))}
            {header('activeFrom', t('contacts.activeFrom'))}
            {header('activeTo', t('contacts.activeTo'))}
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <td>
                <Link to={`/contacts/${contact.id}`}>{contact.erased ? t('contacts.erasedName') : contact.name}</Link>
              </td>
              {showUnit && <td>{contact.unitName}</td>}
              <td>{contact.roles.map((role) => t(`contactRole.${role}`)).join(', ')}</td>
              <td>{contact.email ?? '–'}</td>
              <td>{format.date(contact.activeFrom) || '–'}</td>
              <td>{format.date(contact.activeTo) || '–'}</td>
              <td>{contact.active ? t('common.active') : t('common.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
