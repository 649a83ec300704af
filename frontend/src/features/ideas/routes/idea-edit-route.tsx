/** /ideas/:id/edit: edit with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import type { IdeaView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getIdeaQueryOptions, useIdea } from '../api/get-idea';
import { useUpdateIdea } from '../api/update-idea';
import { IdeaForm } from '../components/idea-form';
import { formToIdeaRequest, ideaToForm, validateIdeaForm } from '../components/idea-form-values';
import { ideaConflictRows } from './idea-conflict-rows';
import { useIdeaUnits } from './use-idea-units';

export function IdeaEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useIdea(id)} title={t('ideas.edit')}>
      {(idea) => <IdeaEditor key={id} idea={idea} />}
    </RecordPage>
  );
}

function IdeaEditor({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { units } = useIdeaUnits();
  const update = useUpdateIdea();
  const editor = useRecordEditor({
    record: idea,
    toForm: ideaToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: idea.id, version, body: formToIdeaRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getIdeaQueryOptions(idea.id), staleTime: 0 }),
    validate: (values) => validateIdeaForm(values, t('form.requiredError')),
    onSaved: (values) => navigate(`/ideas/${idea.id}`, { state: { notice: t('ideas.saved', { title: values.title }) } }),
  });
  // The unit of the record stays selectable even if it is not among the user's choices.
  const unitChoices = units.some((unit) => unit.id === idea.unitId) ? units : [{ id: idea.unitId, code: idea.unitCode, name: idea.unitName }, ...units];

  return (
    <>
      <PageHeader title={t('ideas.editTitle', { title: editor.base.title })} />
      <IdeaForm {...editor.form} onCancel={() => navigate(`/ideas/${idea.id}`)} units={unitChoices}>
        {editor.conflictNotice((latest) => ideaConflictRows(editor.values, latest, unitChoices, t))}
      </IdeaForm>
    </>
  );
}
