/** /twin-towns/:id/edit (advisors and admins): change the twin town (If-Match) or delete it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import type { TwinTownView } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { useDeleteTwinTown, useTwinTown, useUpdateTwinTown } from '../api/twin-towns';
import { TwinTownForm, useContactFields, validateTwinTownForm } from '../components/twin-town-form';
import { formToTwinTownRequest, twinTownToForm } from '../components/twin-town-form-values';
import { RecordPage } from '@/components/record-editor/record-page';

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
  const [values, setValues] = useState(() => twinTownToForm(town));
  const update = useUpdateTwinTown(town.id);
  const deletion = useDeleteTwinTown();
  const contactFields = useContactFields();
  const { fieldErrors, check } = useFormErrors(update.error);
  const submit = () => {
    if (!check(validateTwinTownForm(values, contactFields, t('form.requiredError')))) return;
    update.mutate(
      { version: town.version, body: formToTwinTownRequest(values) },
      { onSuccess: (saved) => navigate(`/twin-towns/${town.id}`, { state: { notice: t('twinTowns.saved', { name: saved.name }) } }) },
    );
  };
  return (
    <>
      <PageHeader
        title={t('twinTowns.editTitle', { name: town.name })}
        actions={
          <DeleteRecordButton
            deletion={deletion}
            variables={{ id: town.id, version: town.version }}
            title={t('twinTowns.deleteTitle', { name: town.name })}
            to="/twin-towns"
            notice={t('twinTowns.deleted', { name: town.name })}
          >
            <p>{t('twinTowns.deleteText')}</p>
          </DeleteRecordButton>
        }
      />
      <TwinTownForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate(`/twin-towns/${town.id}`)}
        fieldErrors={fieldErrors}
        error={update.error}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      />
    </>
  );
}
