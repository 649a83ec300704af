/** /ideas/:id/edit: edit with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { IdeaView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getIdeaQueryOptions, useIdea } from '../api/get-idea';
import { useUpdateIdea } from '../api/update-idea';
import { IdeaForm } from '../components/idea-form';
import { formToIdeaRequest, ideaToForm, validateIdeaForm } from '../components/idea-form-values';
import { ideaConflictRows } from './idea-conflict-rows';
import { useIdeaUnits } from './use-idea-units';

export function IdeaEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const idea = useIdea(id);
  if (idea.isPending) return <Loading />;
  if (idea.isError)
    return (
      <>
        <PageHeader title={t('ideas.edit')} />
        <ProblemAlert error={idea.error} />
      </>
    );
  return <IdeaEditor key={id} idea={idea.data} />;
}

function IdeaEditor({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { units } = useIdeaUnits();
  const [base, setBase] = useState(idea);
  const [values, setValues] = useState(() => ideaToForm(idea));
  const update = useUpdateIdea();
  const { fieldErrors, check } = useFormErrors(update.error);
  const { conflict, run, clearConflict } = useConflictSave<IdeaView>({
    save: (version) => update.mutateAsync({ id: idea.id, version, body: formToIdeaRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getIdeaQueryOptions(idea.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateIdeaForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/ideas/${idea.id}`, { state: { notice: t('ideas.saved', { title: values.title }) } });
  };
  const discard = (latest: IdeaView) => {
    setValues(ideaToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };
  // The unit of the record stays selectable even if it is not among the user's choices.
  const unitChoices = units.some((unit) => unit.id === idea.unitId) ? units : [{ id: idea.unitId, code: idea.unitCode, name: idea.unitName }, ...units];

  return (
    <>
      <PageHeader title={t('ideas.editTitle', { title: base.title })} />
      <IdeaForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/ideas/${idea.id}`)}
        units={unitChoices}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={ideaConflictRows(values, conflict, unitChoices, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </IdeaForm>
    </>
  );
}
