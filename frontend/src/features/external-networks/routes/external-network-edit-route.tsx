/** /external-networks/:id/edit (advisors and admins): change the network and its members (If-Match) or delete it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import type { ExternalNetworkView } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { useDeleteExternalNetwork, useExternalNetwork, useUpdateExternalNetwork } from '../api/external-networks';
import { formToNetworkRequest, NetworkForm, networkToForm, useMemberFields, validateNetworkForm } from '../components/network-form';
import { RecordPage } from '@/components/record-editor/record-page';

export function ExternalNetworkEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useExternalNetwork(id)} title={t('externalNetworks.detailTitle')}>
      {(network) => <NetworkEditor key={id} network={network} />}
    </RecordPage>
  );
}

function NetworkEditor({ network }: { network: ExternalNetworkView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => networkToForm(network));
  const update = useUpdateExternalNetwork(network.id);
  const deletion = useDeleteExternalNetwork();
  const memberFields = useMemberFields();
  const { fieldErrors, check } = useFormErrors(update.error);
  const submit = () => {
    if (!check(validateNetworkForm(values, memberFields, t('form.requiredError')))) return;
    update.mutate(
      { version: network.version, body: formToNetworkRequest(values) },
      { onSuccess: (saved) => navigate(`/external-networks/${network.id}`, { state: { notice: t('externalNetworks.saved', { name: saved.name }) } }) },
    );
  };
  return (
    <>
      <PageHeader
        title={t('externalNetworks.editTitle', { name: network.name })}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: network.id, version: network.version }}
            title={t('externalNetworks.deleteTitle', { name: network.name })}
            to="/external-networks"
            notice={t('externalNetworks.deleted', { name: network.name })}
          >
            <p>{t('externalNetworks.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <NetworkForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(`/external-networks/${network.id}`)}
        memberFields={memberFields}
        fieldErrors={fieldErrors}
        error={update.error}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      />
    </>
  );
}
