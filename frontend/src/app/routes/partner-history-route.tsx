/** /partners/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { PartnerHistory } from '@/features/history/components/partner-history';
import { usePartner } from '@/features/partners/api/get-partner';

export function PartnerHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const name = partner.data?.legalName;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {partner.data && <Link to={`/partners/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <PartnerHistory partnerId={id} />
    </>
  );
}
