/** /partners/new: register an organisation; a duplicate is refused with a link to the one already registered. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useCreatePartner } from '../api/create-partner';
import { DuplicateNotice } from '../components/duplicate-notice';
import { PartnerForm } from '../components/partner-form';
import { emptyPartnerForm, formToPartnerRequest, validatePartnerForm } from '../components/partner-form-values';
import { usePartnerFormErrors } from './use-partner-form-errors';

export function PartnerCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyPartnerForm);
  const creation = useCreatePartner();
  const { duplicate, fieldErrors, check, alert } = usePartnerFormErrors(creation.error);
  const submit = () => {
    if (!check(validatePartnerForm(values, t('form.requiredError')))) return;
    creation.mutate(formToPartnerRequest(values), {
      onSuccess: (id) => navigate(id ? `/partners/${id}` : '/partners', { state: { notice: t('partners.created', { name: values.legalName.trim() }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('partners.create')} />
      <PartnerForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        fieldErrors={fieldErrors}
        summariseFieldErrors={!duplicate}
        error={alert}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      >
        {duplicate && <DuplicateNotice duplicate={duplicate} />}
      </PartnerForm>
    </>
  );
}
