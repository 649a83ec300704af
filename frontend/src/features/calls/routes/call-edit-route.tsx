/** /calls/:id/edit (advisor, admin): edit with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import type { CallView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getCallQueryOptions, useCall } from '../api/get-call';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { useUpdateCall } from '../api/update-call';
import { CallForm } from '../components/call-form';
import { callToForm, formToCallRequest, validateCallForm } from '../components/call-form-values';
import { callConflictRows } from './call-conflict-rows';

export function CallEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useCall(id)} title={t('calls.edit')}>
      {(call) => <CallEditor key={id} call={call} />}
    </RecordPage>
  );
}

function CallEditor({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programmes = useProgrammeOptions();
  const update = useUpdateCall();
  const editor = useRecordEditor({
    record: call,
    toForm: callToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: call.id, version, body: formToCallRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getCallQueryOptions(call.id), staleTime: 0 }),
    validate: (values) => validateCallForm(values, t('form.requiredError')),
    nestedErrors: (problem, values) => ruleSetServerErrors(problem, values.rules),
    onSaved: (values) => navigate(`/calls/${call.id}`, { state: { notice: t('calls.saved', { title: values.title }) } }),
  });
  // The programme of the record stays selectable even before the options have loaded.
  const options = programmes.data ?? [];
  const programmeChoices = options.some((item) => item.id === call.programmeId)
    ? options
    : [{ id: call.programmeId, code: call.programmeCode, name: call.programmeName, fund: call.fund, rules: call.effectiveRules }, ...options];

  return (
    <>
      <PageHeader title={t('calls.editTitle', { title: editor.base.title })} />
      <CallForm {...editor.form} onCancel={() => navigate(`/calls/${call.id}`)} programmes={programmeChoices}>
        {editor.conflictNotice((latest) => callConflictRows(editor.values, latest, programmeChoices, t))}
      </CallForm>
    </>
  );
}
