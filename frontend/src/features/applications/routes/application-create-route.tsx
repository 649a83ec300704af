/** /applications/new?unitId=&ideaId=: create a draft application for one of the user's units. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { isApiError } from '@/lib/api/problem';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateApplication } from '../api/create-application';
import { useLinkedIdea } from '../api/get-linked-idea';
import { ApplicationForm } from '../components/application-form';
import { emptyApplicationForm, formToApplicationRequest, prefillFromIdea, validateApplicationForm, workPackageFieldErrors } from '../components/application-form-values';
import { useApplicationAccess } from '@/lib/auth/application-access';

export function ApplicationCreateRoute() {
  const { t } = useTranslation();
  const { canCreate } = useApplicationAccess();
  if (!canCreate)
    return (
      <>
        <PageHeader title={t('errors.forbiddenTitle')} />
        <p>{t('errors.forbidden')}</p>
      </>
    );
  return <ApplicationCreator />;
}

function ApplicationCreator() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { units } = useApplicationAccess();
  const [values, setValues] = useState(() => ({
    ...emptyApplicationForm(params.get('unitId') ?? (units.length === 1 ? units[0].id : '')),
    ideaId: params.get('ideaId') ?? '',
  }));
  const creation = useCreateApplication();
  // Starting from an idea (from its page, or chosen in the form) fills what the idea already says.
  const idea = useLinkedIdea(values.ideaId);
  useEffect(() => {
    if (idea.data) setValues((current) => prefillFromIdea(current, idea.data));
  }, [idea.data]);
  const { fieldErrors, check } = useFormErrors(creation.error, workPackageFieldErrors);
  // An idea not screened yet (409 IDEA-001) is the idea field's problem.
  const ideaNotScreened = isApiError(creation.error, 409) && creation.error.problem.code === 'IDEA-001';
  const errors = ideaNotScreened ? { ...fieldErrors, ideaId: t('applications.ideaNotScreened') } : fieldErrors;
  const submit = () => {
    if (!check(validateApplicationForm(values, t('form.requiredError')))) return;
    creation.mutate(formToApplicationRequest(values), {
      onSuccess: (id) => navigate(id ? `/applications/${id}` : '/applications', { state: { notice: t('applications.created', { title: values.title.trim() }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('applications.create')} />
      <ApplicationForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        units={units}
        fieldErrors={errors}
        error={ideaNotScreened ? undefined : alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
