/** /library: the results and lessons of past projects, searched in Swedish or English, with filters. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useUnitOptions } from '@/lib/api/shared-reads';
import { FUNDS } from '@/lib/api/types';
import { recentYears } from '@/lib/recent-years';
import { useListParams } from '@/lib/use-list-params';
import { useResults } from '../api/library';
import { KeyFigures } from '../components/key-figures';

const FILTERS = ['unitId', 'fund', 'year', 'theme'] as const;
const FORM = 'library-filter';

export function LibraryRoute() {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const { page, q, filters, update } = useListParams(FILTERS, '');
  const [values, setValues] = useState({ q, ...filters });
  const set = (key: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const results = useResults({
    page,
    q: q || undefined,
    unitId: filters.unitId || undefined,
    fund: filters.fund || undefined,
    year: filters.year ? Number(filters.year) : undefined,
    theme: filters.theme || undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(values);
  };
  return (
    <>
      <PageHeader title={t('library.title')}>
        <p className="lead">{t('library.intro')}</p>
      </PageHeader>
      <div role="search">
        <form className="filters" onSubmit={submit} noValidate>
          <TextField formId={FORM} name="q" type="search" label={t('library.search')} value={values.q} onChange={set('q')} />
          <SelectField
            formId={FORM}
            name="unitId"
            label={t('library.unit')}
            value={values.unitId}
            onChange={set('unitId')}
            emptyLabel={t('common.all')}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
          <SelectField
            formId={FORM}
            name="fund"
            label={t('library.fund')}
            value={values.fund}
            onChange={set('fund')}
            emptyLabel={t('common.all')}
            options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))}
          />
          <SelectField
            formId={FORM}
            name="year"
            label={t('library.year')}
            value={values.year}
            onChange={set('year')}
            emptyLabel={t('common.all')}
            options={recentYears(10, new Date(new Date().getFullYear() + 3, 0, 1)).map((year) => ({ value: String(year), label: String(year) }))}
          />
          <TextField formId={FORM} name="theme" label={t('library.theme')} value={values.theme} onChange={set('theme')} />
          <div className="filters__actions">
            <button type="submit" className="button">
              {t('library.searchButton')}
            </button>
          </div>
        </form>
      </div>
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ProblemAlert error={results.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: results.data.total })}
          </p>
          <ul className="cards">
            {results.data.items.map((result) => (
              <li key={result.id} className="card">
                <Link to={`/library/${result.id}`}>{result.title}</Link>
                <p>
                  {[result.unitName, result.programmeName, result.year].filter(Boolean).join(' · ')}
                </p>
                <KeyFigures result={result} />
                {result.lesson && (
                  <blockquote className="lesson">
                    <span className="visually-hidden">{t('library.lesson')}: </span>
                    {result.lesson}
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
          <Pager page={results.data.page} size={results.data.size} total={results.data.total} onPageChange={(value) => update({ page: value })} />
        </>
      )}
    </>
  );
}
