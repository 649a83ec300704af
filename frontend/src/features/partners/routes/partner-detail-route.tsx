/** /partners/:id: an organisation of the register, its contact persons and its cooperation history. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { usePartner } from '../api/get-partner';
import { DeletePartnerButton } from '../components/delete-partner-button';
import { PartnerContacts } from '../components/partner-contacts';
import { PartnerCooperation } from '../components/partner-cooperation';
import { PartnerDetails } from '../components/partner-details';

export function PartnerDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { canWritePartners, canDeletePartners, canSeeHistory } = usePermissions();
  const partner = usePartner(id);
  if (partner.isPending) return <Loading />;
  if (partner.isError)
    return (
      <>
        <PageHeader title={t('partners.detailTitle')} />
        <ProblemAlert error={partner.error} />
      </>
    );
  const data = partner.data;
  return (
    <>
      <PageHeader
        title={data.legalName}
        actions={
          <>
            {canWritePartners && (
              <Link className="button" to={`/partners/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {canDeletePartners && <DeletePartnerButton partner={data} />}
            {canSeeHistory && (
              <Link className="button button--secondary" to={`/partners/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      >
        <p>
          <Link to="/partners">{t('partners.backToRegister')}</Link>
        </p>
      </PageHeader>
      <Notice />
      <PartnerDetails partner={data} />
      <section className="section" aria-labelledby="partner-contacts-title">
        <h2 id="partner-contacts-title">{t('partners.contacts')}</h2>
        <PartnerContacts contacts={data.contacts} />
      </section>
      <PartnerCooperation partnerId={data.id} />
    </>
  );
}
