/** /partner-searches/new?unitId=&applicationId=&callId=&ideaId=: post a partner search for one of the user's units. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreatePartnerSearch } from '../api/create-partner-search';
import { SearchForm } from '../components/search-form';
import { emptySearchForm, formToSearchRequest, validateSearchForm } from '../components/search-form-values';
import { useSearchUnits } from './use-search-units';

export function PartnerSearchCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const units = useSearchUnits();
  const [values, setValues] = useState(() =>
    emptySearchForm({
      unitId: params.get('unitId') ?? (units.length === 1 ? units[0].id : ''),
      applicationId: params.get('applicationId') ?? '',
      callId: params.get('callId') ?? '',
      ideaId: params.get('ideaId') ?? '',
    }),
  );
  const creation = useCreatePartnerSearch();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    if (!check(validateSearchForm(values, t('form.requiredError')))) return;
    creation.mutate(formToSearchRequest(values), {
      onSuccess: (id) => navigate(id ? `/partner-searches/${id}` : '/partner-searches', { state: { notice: t('partnerSearches.created', { title: values.title.trim() }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('partnerSearches.create')}>
        <p className="lead">{t('partnerSearches.createIntro')}</p>
      </PageHeader>
      <SearchForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        units={units}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('partnerSearches.post')}
      />
    </>
  );
}
