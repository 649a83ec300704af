/** /external-networks/:id/edit (advisors and admins): change the network and its members (If-Match; on a conflict the stored one beside the user's, to overwrite or take) or delete it. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import type { ExternalNetworkView } from '@/lib/api/types';
import { getExternalNetworkQueryOptions, useDeleteExternalNetwork, useExternalNetwork, useUpdateExternalNetwork } from '../api/external-networks';
import { formToNetworkRequest, NetworkForm, networkToForm, useMemberFields, validateNetworkForm } from '../components/network-form';
import { RecordPage } from '@/components/record-editor/record-page';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { networkConflictRows } from './network-conflict-rows';

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
  const queryClient = useQueryClient();
  const update = useUpdateExternalNetwork(network.id);
  const deletion = useDeleteExternalNetwork();
  const memberFields = useMemberFields();
  const editor = useRecordEditor({
    record: network,
    toForm: networkToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ version, body: formToNetworkRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getExternalNetworkQueryOptions(network.id), staleTime: 0 }),
    validate: (values) => validateNetworkForm(values, memberFields, t('form.requiredError')),
    onSaved: (values) => navigate(`/external-networks/${network.id}`, { state: { notice: t('externalNetworks.saved', { name: values.name.trim() }) } }),
  });
  return (
    <>
      <PageHeader
        title={t('externalNetworks.editTitle', { name: editor.base.name })}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: network.id, version: editor.base.version }}
            title={t('externalNetworks.deleteTitle', { name: network.name })}
            to="/external-networks"
            notice={t('externalNetworks.deleted', { name: network.name })}
          >
            <p>{t('externalNetworks.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <NetworkForm {...editor.form} onCancel={() => navigate(`/external-networks/${network.id}`)} memberFields={memberFields}>
        {editor.conflictNotice((latest) => networkConflictRows(editor.values, latest, t))}
      </NetworkForm>
    </>
  );
}
