/** /applications/:id/edit: edit a draft with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import type { ApplicationView } from '@/lib/api/types';
import { useFocusHash } from '@/lib/use-focus-hash';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getApplicationQueryOptions, useApplication } from '../api/get-application';
import { isNotADraft, useUpdateApplication } from '../api/update-application';
import { ApplicationForm } from '../components/application-form';
import { applicationToForm, formToApplicationRequest, validateApplicationForm, workPackageFieldErrors } from '../components/application-form-values';
import { applicationConflictRows } from './application-conflict-rows';
import { useApplicationAccess } from '@/lib/auth/application-access';

export function ApplicationEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useApplication(id)} title={t('applications.edit')}>
      {(application) =>
        application.status !== 'DRAFT' ? (
          <>
            <PageHeader title={t('applications.edit')} />
            <p className="alert alert--warning">{t('applications.notADraft')}</p>
          </>
        ) : (
          <ApplicationEditor key={id} application={application} />
        )
      }
    </RecordPage>
  );
}

function ApplicationEditor({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const access = useApplicationAccess();
  // A link of the readiness checklist names the field to fix: it gets the focus.
  useFocusHash();
  const update = useUpdateApplication();
  const editor = useRecordEditor({
    record: application,
    toForm: applicationToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: application.id, version, body: formToApplicationRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getApplicationQueryOptions(application.id), staleTime: 0 }),
    validate: (values) => validateApplicationForm(values, t('form.requiredError')),
    nestedErrors: workPackageFieldErrors,
    onSaved: (values) => navigate(`/applications/${application.id}`, { state: { notice: t('applications.saved', { title: values.title.trim() }) } }),
  });
  // The unit of the record stays selectable even if it is not among the user's own.
  const units = access.units.some((unit) => unit.id === application.unitId)
    ? access.units
    : [{ id: application.unitId, code: application.unitCode, name: application.unitName }, ...access.units];

  return (
    <>
      <PageHeader title={t('applications.editTitle', { title: editor.base.title })} />
      <ApplicationForm {...editor.form} onCancel={() => navigate(`/applications/${application.id}`)} units={units}>
        {isNotADraft(update.error) && (
          <p className="alert alert--warning" role="alert">
            {t('applications.notADraft')}
          </p>
        )}
        {editor.conflictNotice((latest) => applicationConflictRows(editor.values, latest, t))}
      </ApplicationForm>
    </>
  );
}
