/** /exchange-rates: the monthly EUR rates for everyone; advisors and admins record, import and change them. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useListParams } from '@/lib/use-list-params';
import { useRates } from '../api/get-rates';
import type { RateFilterParams } from '../api/rate-types';
import { ExportRatesButton } from '../components/export-rates-button';
import { RateFilters } from '../components/rate-filters';
import { RatesTable } from '../components/rates-table';

const FILTERS = ['currency', 'fromMonth', 'toMonth'] as const;

export function ExchangeRatesListRoute() {
  const { t } = useTranslation();
  const { canWriteExchangeRates } = usePermissions();
  const { page, sort, filters, update } = useListParams(FILTERS, '-month');
  const query: RateFilterParams = {
    currency: filters.currency || undefined,
    fromMonth: filters.fromMonth || undefined,
    toMonth: filters.toMonth || undefined,
  };
  const rates = useRates({ page, sort, ...query });
  return (
    <>
      <PageHeader
        title={t('exchangeRates.title')}
        actions={
          canWriteExchangeRates && (
            <>
              <Link className="button" to="/exchange-rates/new">
                {t('exchangeRates.create')}
              </Link>
              <Link className="button button--secondary" to="/exchange-rates/import">
                {t('exchangeRates.import')}
              </Link>
            </>
          )
        }
      >
        <p className="lead">{t('exchangeRates.intro')}</p>
      </PageHeader>
      <Notice />
      <RateFilters initial={filters} onApply={(values) => update(values)} />
      <div className="button-row">
        <ExportRatesButton filters={query} />
      </div>
      {rates.isPending ? (
        <Loading />
      ) : rates.isError ? (
        <ProblemAlert error={rates.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: rates.data.total })}
          </p>
          {rates.data.items.length > 0 && (
            <RatesTable rates={rates.data.items} sort={sort} onSort={(value) => update({ sort: value })} canWrite={canWriteExchangeRates} />
          )}
          <Pager page={rates.data.page} size={rates.data.size} total={rates.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
