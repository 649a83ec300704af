/** /applications/:id/edit: edit a draft with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApplicationView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { useFocusHash } from '@/lib/use-focus-hash';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getApplicationQueryOptions, useApplication } from '../api/get-application';
import { isNotADraft, useUpdateApplication } from '../api/update-application';
import { ApplicationForm } from '../components/application-form';
import { applicationToForm, formToApplicationRequest, validateApplicationForm, workPackageFieldErrors } from '../components/application-form-values';
import { applicationConflictRows } from './application-conflict-rows';
import { useApplicationAccess } from '@/lib/auth/application-access';

export function ApplicationEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);
  if (application.isPending) return <Loading />;
  if (application.isError)
    return (
      <>
        <PageHeader title={t('applications.edit')} />
        <ProblemAlert error={application.error} />
      </>
    );
  if (application.data.status !== 'DRAFT')
    return (
      <>
        <PageHeader title={t('applications.edit')} />
        <p className="alert alert--warning">{t('applications.notADraft')}</p>
      </>
    );
  return <ApplicationEditor key={id} application={application.data} />;
}

function ApplicationEditor({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const access = useApplicationAccess();
  const [base, setBase] = useState(application);
  const [values, setValues] = useState(() => applicationToForm(application));
  // A link of the readiness checklist names the field to fix: it gets the focus.
  useFocusHash();
  const update = useUpdateApplication();
  const { fieldErrors, check } = useFormErrors(update.error, workPackageFieldErrors);
  const { conflict, run, clearConflict } = useConflictSave<ApplicationView>({
    save: (version) => update.mutateAsync({ id: application.id, version, body: formToApplicationRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getApplicationQueryOptions(application.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateApplicationForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/applications/${application.id}`, { state: { notice: t('applications.saved', { title: values.title.trim() }) } });
  };
  const discard = (latest: ApplicationView) => {
    setValues(applicationToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };
  // The unit of the record stays selectable even if it is not among the user's own.
  const units = access.units.some((unit) => unit.id === application.unitId)
    ? access.units
    : [{ id: application.unitId, code: application.unitCode, name: application.unitName }, ...access.units];

  return (
    <>
      <PageHeader title={t('applications.editTitle', { title: base.title })} />
      <ApplicationForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/applications/${application.id}`)}
        units={units}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {isNotADraft(update.error) && (
          <p className="alert alert--warning" role="alert">
            {t('applications.notADraft')}
          </p>
        )}
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={applicationConflictRows(values, conflict, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </ApplicationForm>
    </>
  );
}
