/** /partner-searches/:id/edit: change or close a search, with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerSearchView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getPartnerSearchQueryOptions, usePartnerSearch } from '../api/get-partner-search';
import { useUpdatePartnerSearch } from '../api/update-partner-search';
import { SearchForm } from '../components/search-form';
import { formToSearchRequest, searchToForm, validateSearchForm } from '../components/search-form-values';
import { searchConflictRows } from './search-conflict-rows';
import { useSearchUnits } from './use-search-units';

export function PartnerSearchEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const search = usePartnerSearch(id);
  if (search.isPending) return <Loading />;
  if (search.isError)
    return (
      <>
        <PageHeader title={t('partnerSearches.edit')} />
        <ProblemAlert error={search.error} />
      </>
    );
  return <SearchEditor key={id} search={search.data} />;
}

function SearchEditor({ search }: { search: PartnerSearchView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const choices = useSearchUnits();
  const [base, setBase] = useState(search);
  const [values, setValues] = useState(() => searchToForm(search));
  const update = useUpdatePartnerSearch();
  const { fieldErrors, check } = useFormErrors(update.error);
  const { conflict, run, clearConflict } = useConflictSave<PartnerSearchView>({
    save: (version) => update.mutateAsync({ id: search.id, version, body: formToSearchRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getPartnerSearchQueryOptions(search.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateSearchForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/partner-searches/${search.id}`, { state: { notice: t('partnerSearches.saved', { title: values.title.trim() }) } });
  };
  const discard = (latest: PartnerSearchView) => {
    setValues(searchToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };
  // The search's own unit stays selectable even if it is not among the user's choices.
  const units = choices.some((unit) => unit.id === search.unitId) ? choices : [{ id: search.unitId, code: search.unitCode, name: search.unitCode }, ...choices];

  return (
    <>
      <PageHeader title={t('partnerSearches.editTitle', { title: base.title })} />
      <SearchForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/partner-searches/${search.id}`)}
        units={units}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={searchConflictRows(values, conflict, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </SearchForm>
    </>
  );
}
