/** /programmes/:id/edit (advisor, admin): edit with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import type { ProgrammeView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getProgrammeQueryOptions, useProgramme } from '../api/get-programme';
import { useUpdateProgramme } from '../api/update-programme';
import { ProgrammeForm } from '../components/programme-form';
import { formToProgrammeRequest, programmeToForm, validateProgrammeForm } from '../components/programme-form-values';
import { programmeConflictRows } from './programme-conflict-rows';

export function ProgrammeEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useProgramme(id)} title={t('programmes.edit')}>
      {(programme) => <ProgrammeEditor key={id} programme={programme} />}
    </RecordPage>
  );
}

function ProgrammeEditor({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateProgramme();
  const editor = useRecordEditor({
    record: programme,
    toForm: programmeToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: programme.id, version, body: formToProgrammeRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getProgrammeQueryOptions(programme.id), staleTime: 0 }),
    validate: (values) => validateProgrammeForm(values, t('form.requiredError')),
    nestedErrors: (problem, values) => ruleSetServerErrors(problem, values.rules),
    onSaved: (values) => navigate(`/programmes/${programme.id}`, { state: { notice: t('programmes.saved', { name: values.name }) } }),
  });

  return (
    <>
      <PageHeader title={t('programmes.editTitle', { name: editor.base.name })} />
      <ProgrammeForm {...editor.form} onCancel={() => navigate(`/programmes/${programme.id}`)}>
        {editor.conflictNotice((latest) => programmeConflictRows(editor.values, latest, t))}
      </ProgrammeForm>
    </>
  );
}
