/** /programmes/new (advisor, admin). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateProgramme } from '../api/create-programme';
import { ProgrammeForm } from '../components/programme-form';
import { emptyProgrammeForm, formToProgrammeRequest, validateProgrammeForm } from '../components/programme-form-values';

export function ProgrammeCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyProgrammeForm);
  const creation = useCreateProgramme();
  const { fieldErrors, check } = useFormErrors(creation.error, (problem) => ruleSetServerErrors(problem, values.rules));
  const submit = () => {
    if (!check(validateProgrammeForm(values, t('form.requiredError')))) return;
    creation.mutate(formToProgrammeRequest(values), {
      onSuccess: (id) => navigate(id ? `/programmes/${id}` : '/programmes', { state: { notice: t('programmes.created', { name: values.name }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('programmes.create')} />
      <ProgrammeForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/programmes')}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
