/** /partner-searches/:id/edit: change or close a search, with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import type { PartnerSearchView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getPartnerSearchQueryOptions, usePartnerSearch } from '../api/get-partner-search';
import { useUpdatePartnerSearch } from '../api/update-partner-search';
import { SearchForm } from '../components/search-form';
import { formToSearchRequest, searchToForm, validateSearchForm } from '../components/search-form-values';
import { searchConflictRows } from './search-conflict-rows';
import { useSearchUnits } from './use-search-units';

export function PartnerSearchEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={usePartnerSearch(id)} title={t('partnerSearches.edit')}>
      {(search) => <SearchEditor key={id} search={search} />}
    </RecordPage>
  );
}

function SearchEditor({ search }: { search: PartnerSearchView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const choices = useSearchUnits();
  const update = useUpdatePartnerSearch();
  const editor = useRecordEditor({
    record: search,
    toForm: searchToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: search.id, version, body: formToSearchRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getPartnerSearchQueryOptions(search.id), staleTime: 0 }),
    validate: (values) => validateSearchForm(values, t('form.requiredError')),
    onSaved: (values) => navigate(`/partner-searches/${search.id}`, { state: { notice: t('partnerSearches.saved', { title: values.title.trim() }) } }),
  });
  // The search's own unit stays selectable even if it is not among the user's choices.
  const units = choices.some((unit) => unit.id === search.unitId) ? choices : [{ id: search.unitId, code: search.unitCode, name: search.unitCode }, ...choices];

  return (
    <>
      <PageHeader title={t('partnerSearches.editTitle', { title: editor.base.title })} />
      <SearchForm {...editor.form} onCancel={() => navigate(`/partner-searches/${search.id}`)} units={units}>
        {editor.conflictNotice((latest) => searchConflictRows(editor.values, latest, t))}
      </SearchForm>
    </>
  );
}
