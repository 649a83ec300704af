/** /partners: the partner register: full-text search (ranked by relevance), filters, sorting, CSV export. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import type { OrganisationType } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { usePartners, type PartnerFilterParams } from '../api/get-partners';
import { useNetworks } from '../api/get-networks';
import { ExportPartnersButton } from '../components/export-partners-button';
import { PartnerFilters } from '../components/partner-filters';
import { PartnersTable } from '../components/partners-table';

const FILTERS = ['country', 'type', 'network', 'twinTown', 'expertise'] as const;

export function PartnersListRoute() {
  const { t } = useTranslation();
  const { canWritePartners, canImportPartners } = usePermissions();
  const networks = useNetworks();
  // No sort until the user asks for one: the server ranks by relevance when searching, else by name.
  const { page, sort, q, filters, update } = useListParams(FILTERS, '');
  const query: PartnerFilterParams = {
    q: q || undefined,
    country: filters.country || undefined,
    type: (filters.type || undefined) as OrganisationType | undefined,
    network: filters.network || undefined,
    twinTown: filters.twinTown === 'true' ? true : filters.twinTown === 'false' ? false : undefined,
    expertise: filters.expertise || undefined,
  };
  const partners = usePartners({ ...query, page, sort: sort || undefined });
  const byRelevance = q !== '' && sort === '';
  return (
    <>
      <PageHeader
        title={t('partners.title')}
        actions={
          <>
            {canWritePartners && (
              <Link className="button" to="/partners/new">
                {t('partners.create')}
              </Link>
            )}
            {canImportPartners && (
              <Link className="button button--secondary" to="/partners/import">
                {t('partnerImport.title')}
              </Link>
            )}
            <Link className="button button--secondary" to="/partners/networks">
              {t('networks.title')}
            </Link>
          </>
        }
      >
        <p className="lead">{t('partners.intro')}</p>
      </PageHeader>
      <Notice />
      <PartnerFilters initial={{ q, ...filters }} networks={(networks.data ?? []).map((network) => network.name)} onApply={(values) => update(values)} />
      <div className="button-row">
        <ExportPartnersButton filters={query} />
      </div>
      {partners.isPending ? (
        <Loading />
      ) : partners.isError ? (
        <ProblemAlert error={partners.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: partners.data.total })}
            {byRelevance && ` ${t('partners.byRelevance')}`}
          </p>
          {q !== '' && sort !== '' && (
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => update({ sort: undefined })}>
                {t('partners.sortByRelevance')}
              </button>
            </div>
          )}
          {partners.data.items.length > 0 && (
            <PartnersTable
              partners={partners.data.items}
              caption={t('partners.listCaption')}
              sort={sort || (byRelevance ? 'relevance' : 'legalName')}
              onSort={(value) => update({ sort: value })}
            />
          )}
          <Pager page={partners.data.page} size={partners.data.size} total={partners.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
