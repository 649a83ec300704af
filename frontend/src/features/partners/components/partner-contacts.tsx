/** The organisation's contact persons (personal data: kept in the register only, never exported). */
import { useTranslation } from 'react-i18next';
import { usePersonName } from '@/lib/person-name';
import type { PartnerContact } from '@/lib/api/types';

export function PartnerContacts({ contacts }: { contacts: PartnerContact[] }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  if (contacts.length === 0) return <p>{t('partners.noContacts')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('partners.contacts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partners.contactName')}</th>
            <th scope="col">{t('partners.contactRole')}</th>
            <th scope="col">{t('partners.contactEmail')}</th>
            <th scope="col">{t('partners.contactPhone')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact, index) => (
            <tr key={`${contact.name}-${index}`}>
              <td>{personName(contact.name)}</td>
              <td>{contact.role || '–'}</td>
              <td>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '–'}</td>
              <td>{contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
