/** /twin-towns/new (advisors and admins): record a twin town. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useFormErrors } from '@/lib/use-form-errors';
import { useCreateTwinTown } from '../api/twin-towns';
import { TwinTownForm, useContactFields, validateTwinTownForm } from '../components/twin-town-form';
import { emptyTwinTownForm, formToTwinTownRequest } from '../components/twin-town-form-values';

export function TwinTownCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyTwinTownForm);
  const creation = useCreateTwinTown();
  const contactFields = useContactFields();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    if (!check(validateTwinTownForm(values, contactFields, t('form.requiredError')))) return;
    creation.mutate(formToTwinTownRequest(values), {
      onSuccess: (town) => navigate(`/twin-towns/${town.id}`, { state: { notice: t('twinTowns.created', { name: town.name }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('twinTowns.create')} />
      <TwinTownForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/twin-towns')}
        fieldErrors={fieldErrors}
        error={creation.error}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
