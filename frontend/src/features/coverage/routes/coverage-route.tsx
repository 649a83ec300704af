/** /coverage ("Samordnartäckning"): policy 2.d.iii wants an international coordinator in every unit. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useCoverage } from '../api/get-coverage';
import { CoverageSummary } from '../components/coverage-summary';
import { RegisterYourself } from '../components/register-yourself';
import { UncoveredUnitsTable } from '../components/uncovered-units-table';

export function CoverageRoute() {
  const { t } = useTranslation();
  const { canWriteContactsOf } = usePermissions();
  const coverage = useCoverage();
  return (
    <>
      <PageHeader title={t('coverage.title')}>
        <p className="lead">{t('coverage.intro')}</p>
        <p>{t('coverage.whatCounts')}</p>
      </PageHeader>
      <RegisterYourself />
      {coverage.isPending ? (
        <Loading />
      ) : coverage.isError ? (
        <ProblemAlert error={coverage.error} />
      ) : (
        <>
          <CoverageSummary coverage={coverage.data} />
          <section className="section" aria-labelledby="uncovered-title">
            <h2 id="uncovered-title">{t('coverage.uncoveredTitle')}</h2>
            {coverage.data.unitsWithoutCoordinator.length === 0 ? (
              <p className="alert alert--success">{t('coverage.allCovered')}</p>
            ) : (
              <UncoveredUnitsTable units={coverage.data.unitsWithoutCoordinator} canAdd={canWriteContactsOf} />
            )}
          </section>
        </>
      )}
    </>
  );
}
