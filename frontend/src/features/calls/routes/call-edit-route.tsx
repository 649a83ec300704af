/** /calls/:id/edit (advisor, admin): edit with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import type { CallView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getCallQueryOptions, useCall } from '../api/get-call';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { useUpdateCall } from '../api/update-call';
import { CallForm } from '../components/call-form';
import { callToForm, formToCallRequest, validateCallForm } from '../components/call-form-values';
import { callConflictRows } from './call-conflict-rows';

export function CallEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const call = useCall(id);
  if (call.isPending) return <Loading />;
  if (call.isError)
    return (
      <>
        <PageHeader title={t('calls.edit')} />
        <ProblemAlert error={call.error} />
      </>
    );
  return <CallEditor key={id} call={call.data} />;
}

function CallEditor({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programmes = useProgrammeOptions();
  const [base, setBase] = useState(call);
  const [values, setValues] = useState(() => callToForm(call));
  const update = useUpdateCall();
  const { fieldErrors, check } = useFormErrors(update.error, (problem) => ruleSetServerErrors(problem, values.rules));
  const { conflict, run, clearConflict } = useConflictSave<CallView>({
    save: (version) => update.mutateAsync({ id: call.id, version, body: formToCallRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getCallQueryOptions(call.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateCallForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/calls/${call.id}`, { state: { notice: t('calls.saved', { title: values.title }) } });
  };
  const discard = (latest: CallView) => {
    setValues(callToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };
  // The programme of the record stays selectable even before the options have loaded.
  const options = programmes.data ?? [];
  const programmeChoices = options.some((item) => item.id === call.programmeId)
    ? options
    : [{ id: call.programmeId, code: call.programmeCode, name: call.programmeName, fund: call.fund, rules: call.effectiveRules }, ...options];

  return (
    <>
      <PageHeader title={t('calls.editTitle', { title: base.title })} />
      <CallForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/calls/${call.id}`)}
        programmes={programmeChoices}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={callConflictRows(values, conflict, programmeChoices, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </CallForm>
    </>
  );
}
