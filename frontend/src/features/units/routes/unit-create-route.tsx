/** /units/new (admin). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useCreateUnit } from '../api/create-unit';
import { UnitForm } from '../components/unit-form';
import { emptyUnitForm, formToUnitRequest, validateUnitForm } from '../components/unit-form-values';

export function UnitCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyUnitForm);
  const creation = useCreateUnit();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    if (!check(validateUnitForm(values, t('form.requiredError')))) return;
    creation.mutate(formToUnitRequest(values), {
      onSuccess: (id) => navigate(id ? `/units/${id}` : '/units', { state: { notice: t('units.created', { name: values.name }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('units.create')} />
      <UnitForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/units')}
        fieldErrors={fieldErrors}
        error={alertError(creation.error)}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
