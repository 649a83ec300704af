/** /screening-rate ("Screeningsgrad"): how many of a year's project ideas were screened, per unit. */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/form/select-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { recentYears } from '@/lib/recent-years';
import { useScreeningRate } from '../api/get-screening-rate';
import { ScreeningRateTable } from '../components/screening-rate-table';

export function ScreeningRateRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const years = recentYears();
  const year = Number(params.get('year')) || years[0];
  const rate = useScreeningRate(year);
  const choices = years.includes(year) ? years : [year, ...years];
  return (
    <>
      <PageHeader title={t('screeningRate.title')}>
        <p className="lead">{t('screeningRate.intro')}</p>
      </PageHeader>
      <div className="filters">
        <SelectField
          formId="screening-rate"
          name="year"
          label={t('screeningRate.year')}
          value={String(year)}
          onChange={(value) => setParams({ year: value })}
          options={choices.map((item) => ({ value: String(item), label: String(item) }))}
        />
      </div>
      {rate.isPending ? (
        <Loading />
      ) : rate.isError ? (
        <ProblemAlert error={rate.error} />
      ) : rate.data.units.length === 0 ? (
        <p>{t('screeningRate.none', { year })}</p>
      ) : (
        <ScreeningRateTable rate={rate.data} />
      )}
    </>
  );
}
