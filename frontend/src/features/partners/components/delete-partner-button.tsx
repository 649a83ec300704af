/** Deletes an organisation after confirmation; one in a partnership or with an expressed interest stays (409 PARTNER-004). */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { PartnerView } from '@/lib/api/types';
import { isPartnerInUse, useDeletePartner } from '../api/delete-partner';

export function DeletePartnerButton({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const deletion = useDeletePartner();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: partner.id, version: partner.version }}
      title={t('partners.deleteTitle', { name: partner.legalName })}
      describeError={(error) => (isPartnerInUse(error) ? t('partners.inUse', { name: partner.legalName }) : undefined)}
      to="/partners"
      notice={t('partners.deleted', { name: partner.legalName })}
    >
      <p>{t('partners.deleteConfirm')}</p>
    </DeleteRecordButton>
  );
}
