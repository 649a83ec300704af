/** /external-networks/new (advisors and admins): record a network. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateExternalNetwork } from '../api/external-networks';
import { emptyNetworkForm, formToNetworkRequest, NetworkForm, useMemberFields, validateNetworkForm } from '../components/network-form';

export function ExternalNetworkCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const memberFields = useMemberFields();
  const form = useRecordCreator({
    initial: () => emptyNetworkForm,
    mutation: useCreateExternalNetwork(),
    toRequest: formToNetworkRequest,
    validate: (values) => validateNetworkForm(values, memberFields, t('form.requiredError')),
    onCreated: (network) => navigate(`/external-networks/${network.id}`, { state: { notice: t('externalNetworks.created', { name: network.name }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('externalNetworks.create')} />
      <NetworkForm {...form} onCancel={() => navigate('/external-networks')} memberFields={memberFields} />
    </>
  );
}
