/** /partner-searches/:id: a search's criteria, its ranked matches with their reasons, and its expressions of interest. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { usePartnerSearch } from '../api/get-partner-search';
import { DeleteSearchButton } from '../components/delete-search-button';
import type { ChosenOrganisation } from '@/components/organisation-picker/organisation-picker';
import { SearchCriteria } from '../components/search-criteria';
import { SearchInterests } from '../components/search-interests';
import { SearchMatches } from '../components/search-matches';

const NO_FILTERS = [] as const;

export function PartnerSearchDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { canWritePartnerSearchesOf, canWritePartnerships } = usePermissions();
  const search = usePartnerSearch(id);
  // The page of matches is kept in the address.
  const { page, update } = useListParams(NO_FILTERS, '');
  const [preset, setPreset] = useState<{ organisation: ChosenOrganisation; at: number } | null>(null);
  if (search.isPending) return <Loading />;
  if (search.isError)
    return (
      <>
        <PageHeader title={t('partnerSearches.detailTitle')} />
        <ProblemAlert error={search.error} />
      </>
    );
  const data = search.data;
  const canWrite = canWritePartnerSearchesOf(data.unitId);
  return (
    <>
      <PageHeader
        title={data.title}
        actions={
          canWrite && (
            <>
              <Link className="button" to={`/partner-searches/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
              <DeleteSearchButton search={data} />
            </>
          )
        }
      >
        <p>
          <Link to="/partner-searches">{t('partnerSearches.backToList')}</Link>
        </p>
      </PageHeader>
      <Notice />
      <SearchCriteria search={data} />
      <section className="section" aria-labelledby="matches-title">
        <h2 id="matches-title">{t('partnerSearches.matches')}</h2>
        <p className="field__hint">{t('partnerSearches.matchesHint')}</p>
        <SearchMatches
          search={data}
          page={page}
          onPageChange={(value) => update({ page: value })}
          canAddToApplication={canWritePartnerships}
          onRecordInterest={canWrite && data.status === 'OPEN' ? (organisation) => setPreset({ organisation, at: Date.now() }) : undefined}
        />
      </section>
      <section className="section" aria-labelledby="interests-title">
        <h2 id="interests-title">{t('interests.title')}</h2>
        <SearchInterests search={data} canWrite={canWrite} preset={preset} />
      </section>
    </>
  );
}
