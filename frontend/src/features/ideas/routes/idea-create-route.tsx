/** /ideas/new?unitId=: record a project idea. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateIdea } from '../api/create-idea';
import { IdeaForm } from '../components/idea-form';
import { emptyIdeaForm, formToIdeaRequest, validateIdeaForm } from '../components/idea-form-values';
import { useIdeaUnits } from './use-idea-units';

export function IdeaCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { units } = useIdeaUnits();
  const [values, setValues] = useState(() => emptyIdeaForm(params.get('unitId') ?? (units.length === 1 ? units[0].id : '')));
  const creation = useCreateIdea();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    if (!check(validateIdeaForm(values, t('form.requiredError')))) return;
    creation.mutate(formToIdeaRequest(values), {
      onSuccess: (id) => navigate(id ? `/ideas/${id}` : '/ideas', { state: { notice: t('ideas.created', { title: values.title }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('ideas.create')} />
      <IdeaForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        units={units}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
