/** /programmes/:id/edit (advisor, admin): edit with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import type { ProgrammeView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getProgrammeQueryOptions, useProgramme } from '../api/get-programme';
import { useUpdateProgramme } from '../api/update-programme';
import { ProgrammeForm } from '../components/programme-form';
import { formToProgrammeRequest, programmeToForm, validateProgrammeForm } from '../components/programme-form-values';
import { programmeConflictRows } from './programme-conflict-rows';

export function ProgrammeEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  if (programme.isPending) return <Loading />;
  if (programme.isError)
    return (
      <>
        <PageHeader title={t('programmes.edit')} />
        <ProblemAlert error={programme.error} />
      </>
    );
  return <ProgrammeEditor key={id} programme={programme.data} />;
}

function ProgrammeEditor({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(programme);
  const [values, setValues] = useState(() => programmeToForm(programme));
  const update = useUpdateProgramme();
  const { fieldErrors, check } = useFormErrors(update.error, (problem) => ruleSetServerErrors(problem, values.rules));
  const { conflict, run, clearConflict } = useConflictSave<ProgrammeView>({
    save: (version) => update.mutateAsync({ id: programme.id, version, body: formToProgrammeRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getProgrammeQueryOptions(programme.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateProgrammeForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/programmes/${programme.id}`, { state: { notice: t('programmes.saved', { name: values.name }) } });
  };
  const discard = (latest: ProgrammeView) => {
    setValues(programmeToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };

  return (
    <>
      <PageHeader title={t('programmes.editTitle', { name: base.name })} />
      <ProgrammeForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/programmes/${programme.id}`)}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={programmeConflictRows(values, conflict, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </ProgrammeForm>
    </>
  );
}
