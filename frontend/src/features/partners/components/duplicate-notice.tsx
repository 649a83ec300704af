/** A registration refused as a duplicate (409 PARTNER-001/002/003), with a link to the organisation already registered. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartner } from '../api/get-partner';
import type { Duplicate } from '../api/duplicate-partner';

export function DuplicateNotice({ duplicate }: { duplicate: Duplicate }) {
  const { t } = useTranslation();
  const existing = usePartner(duplicate.existingId);
  const name = existing.data?.legalName;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t(`partners.duplicate.${duplicate.code}`)}</p>
      {duplicate.existingId && (
        <p>
          {t('partners.duplicateExisting')}{' '}
          <Link to={`/partners/${duplicate.existingId}`}>{name ? t('partners.duplicateOpen', { name }) : t('partners.duplicateOpenUnnamed')}</Link>
        </p>
      )}
    </div>
  );
}
