/** /twin-towns/:id/edit (advisors and admins): change the twin town (If-Match; on a conflict the stored one beside the user's, to overwrite or take) or delete it. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import type { TwinTownView } from '@/lib/api/types';
import { getTwinTownQueryOptions, useDeleteTwinTown, useTwinTown, useUpdateTwinTown } from '../api/twin-towns';
import { TwinTownForm, useContactFields, validateTwinTownForm } from '../components/twin-town-form';
import { formToTwinTownRequest, twinTownToForm } from '../components/twin-town-form-values';
import { RecordPage } from '@/components/record-editor/record-page';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { twinTownConflictRows } from './twin-town-conflict-rows';

export function TwinTownEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useTwinTown(id)} title={t('twinTowns.detailTitle')}>
      {(town) => <TwinTownEditor key={id} town={town} />}
    </RecordPage>
  );
}

function TwinTownEditor({ town }: { town: TwinTownView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateTwinTown(town.id);
  const deletion = useDeleteTwinTown();
  const contactFields = useContactFields();
  const editor = useRecordEditor({
    record: town,
    toForm: twinTownToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ version, body: formToTwinTownRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getTwinTownQueryOptions(town.id), staleTime: 0 }),
    validate: (values) => validateTwinTownForm(values, contactFields, t('form.requiredError')),
    onSaved: (values) => navigate(`/twin-towns/${town.id}`, { state: { notice: t('twinTowns.saved', { name: values.name.trim() }) } }),
  });
  return (
    <>
      <PageHeader
        title={t('twinTowns.editTitle', { name: editor.base.name })}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: town.id, version: editor.base.version }}
            title={t('twinTowns.deleteTitle', { name: town.name })}
            to="/twin-towns"
            notice={t('twinTowns.deleted', { name: town.name })}
          >
            <p>{t('twinTowns.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <TwinTownForm {...editor.form} onCancel={() => navigate(`/twin-towns/${town.id}`)}>
        {editor.conflictNotice((latest) => twinTownConflictRows(editor.values, latest, t))}
      </TwinTownForm>
    </>
  );
}
