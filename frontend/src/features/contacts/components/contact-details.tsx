/** A contact person's properties as a description list. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactPersonView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function ContactDetails({ contact }: { contact: ContactPersonView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = contact.erased ? t('contacts.erased') : contact.active ? t('common.active') : t('common.inactive');
  return (
    <dl className="details">
      <dt>{t('contacts.unit')}</dt>
      <dd>
        <Link to={`/units/${contact.unitId}`}>
          {contact.unitName} ({contact.unitCode})
        </Link>
      </dd>
      <dt>{t('contacts.name')}</dt>
      <dd>{contact.name}</dd>
      <dt>{t('contacts.jobTitle')}</dt>
      <dd>{contact.title || '–'}</dd>
      <dt>{t('contacts.email')}</dt>
      <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '–'}</dd>
      <dt>{t('contacts.phone')}</dt>
      <dd>{contact.phone || '–'}</dd>
      <dt>{t('contacts.roles')}</dt>
      <dd>{contact.roles.map((role) => t(`contactRole.${role}`)).join(', ') || '–'}</dd>
      <dt>{t('contacts.activePeriod')}</dt>
      <dd>
        {format.date(contact.activeFrom) || t('contacts.openStart')} – {format.date(contact.activeTo) || t('contacts.openEnd')}
      </dd>
      <dt>{t('common.status')}</dt>
      <dd>{status}</dd>
    </dl>
  );
}
