/** /partner-searches/new?unitId=&applicationId=&callId=&ideaId=: post a partner search for one of the user's units. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreatePartnerSearch } from '../api/create-partner-search';
import { SearchForm } from '../components/search-form';
import { emptySearchForm, formToSearchRequest, validateSearchForm } from '../components/search-form-values';
import { useSearchUnits } from './use-search-units';

export function PartnerSearchCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const units = useSearchUnits();
  const form = useRecordCreator({
    initial: () =>
      emptySearchForm({
        unitId: params.get('unitId') ?? (units.length === 1 ? units[0].id : ''),
        applicationId: params.get('applicationId') ?? '',
        callId: params.get('callId') ?? '',
        ideaId: params.get('ideaId') ?? '',
      }),
    mutation: useCreatePartnerSearch(),
    toRequest: formToSearchRequest,
    validate: (values) => validateSearchForm(values, t('form.requiredError')),
    onCreated: (id, values) =>
      navigate(id ? `/partner-searches/${id}` : '/partner-searches', { state: { notice: t('partnerSearches.created', { title: values.title.trim() }) } }),
    submitLabel: t('partnerSearches.post'),
  });
  return (
    <>
      <PageHeader title={t('partnerSearches.create')}>
        <p className="lead">{t('partnerSearches.createIntro')}</p>
      </PageHeader>
      <SearchForm {...form} onCancel={() => navigate(-1)} units={units} />
    </>
  );
}
