/** /external-networks/new (advisors and admins): record a network. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useFormErrors } from '@/lib/use-form-errors';
import { useCreateExternalNetwork } from '../api/external-networks';
import { emptyNetworkForm, formToNetworkRequest, NetworkForm, useMemberFields, validateNetworkForm } from '../components/network-form';

export function ExternalNetworkCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyNetworkForm);
  const creation = useCreateExternalNetwork();
  const memberFields = useMemberFields();
  const { fieldErrors, check } = useFormErrors(creation.error);
  const submit = () => {
    if (!check(validateNetworkForm(values, memberFields, t('form.requiredError')))) return;
    creation.mutate(formToNetworkRequest(values), {
      onSuccess: (network) => navigate(`/external-networks/${network.id}`, { state: { notice: t('externalNetworks.created', { name: network.name }) } }),
    });
  };
  return (
    <>
      <PageHeader title={t('externalNetworks.create')} />
      <NetworkForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/external-networks')}
        memberFields={memberFields}
        fieldErrors={fieldErrors}
        error={creation.error}
        submitting={creation.isPending}
        submitLabel={t('common.create')}
      />
    </>
  );
}
