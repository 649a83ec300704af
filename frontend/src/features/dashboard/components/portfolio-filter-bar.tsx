/** The portfolio's filters (unit, fund, programme, years), kept in the page address so a view can be shared. */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/form/select-field';
import { recentYears } from '@/lib/recent-years';
import { useFilterChoices } from '../api/get-filter-choices';
import { FILTER_NAMES, type Fund } from '../api/portfolio-filters';

const FUNDS: Fund[] = ['ERDF', 'ESF_PLUS', 'INTERREG', 'ERASMUS_PLUS', 'HORIZON_EUROPE', 'CERV', 'AMIF', 'LIFE', 'OTHER'];

export function PortfolioFilterBar() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choices = useFilterChoices();
  const years = recentYears(10).map((year) => ({ value: String(year), label: String(year) }));
  const set = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const field = (name: (typeof FILTER_NAMES)[number], label: string, options: { value: string; label: string }[]) => (
    <SelectField
      formId="portfolio"
      name={name}
      label={label}
      value={params.get(name) ?? ''}
      onChange={set(name)}
      emptyLabel={t('common.all')}
      options={options}
    />
  );
  return (
    <div className="filters" role="search" aria-label={t('dashboard.filters')}>
      {field('unitId', t('dashboard.unit'), choices.data?.units ?? [])}
      {field('fund', t('dashboard.fund'), FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) })))}
      {field('programmeId', t('dashboard.programme'), choices.data?.programmes ?? [])}
      {field('yearFrom', t('dashboard.yearFrom'), years)}
      {field('yearTo', t('dashboard.yearTo'), years)}
      <div className="filters__actions">
        <button type="button" className="button button--secondary" onClick={() => setParams({}, { replace: true })}>
          {t('dashboard.clearFilters')}
        </button>
      </div>
    </div>
  );
}
