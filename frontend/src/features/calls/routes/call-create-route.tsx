/** /calls/new?programmeId= (advisor, admin). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateCall } from '../api/create-call';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { CallForm } from '../components/call-form';
import { emptyCallForm, formToCallRequest, validateCallForm } from '../components/call-form-values';

export function CallCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const programmes = useProgrammeOptions();
  const [values, setValues] = useState(() => emptyCallForm(params.get('programmeId') ?? ''));
  const creation = useCreateCall();
  const { fieldErrors, check } = useFormErrors(creation.error, (problem) => ruleSetServerErrors(problem, values.rules));
  const submit = () => {
    if (!check(validateCallForm(values, t('form.requiredError')))) return;
    creation.mutate(formToCallRequest(values), {
      onSuccess: (id) => navigate(id ? `/calls/${id}` : '/calls', { state: { notice: t('calls.created', { title: values.title }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('calls.create')} />
      <CallForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/calls')}
        programmes={programmes.data ?? []}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
