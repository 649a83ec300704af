/** /partners/:id/edit: edit an organisation with optimistic locking; the duplicate rules apply as on create. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import type { PartnerView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getPartnerQueryOptions, usePartner } from '../api/get-partner';
import { useUpdatePartner } from '../api/update-partner';
import { DuplicateNotice } from '../components/duplicate-notice';
import { PartnerForm } from '../components/partner-form';
import { formToPartnerRequest, partnerToForm, validatePartnerForm } from '../components/partner-form-values';
import { partnerConflictRows } from './partner-conflict-rows';
import { usePartnerFormErrors } from './use-partner-form-errors';

export function PartnerEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={usePartner(id)} title={t('partners.edit')}>
      {(partner) => <PartnerEditor key={id} partner={partner} />}
    </RecordPage>
  );
}

function PartnerEditor({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdatePartner();
  const errors = usePartnerFormErrors(update.error);
  const editor = useRecordEditor({
    record: partner,
    toForm: partnerToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: partner.id, version, body: formToPartnerRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getPartnerQueryOptions(partner.id), staleTime: 0 }),
    validate: (values) => validatePartnerForm(values, t('form.requiredError')),
    errors,
    onSaved: (values) => navigate(`/partners/${partner.id}`, { state: { notice: t('partners.saved', { name: values.legalName.trim() }) } }),
  });

  return (
    <>
      <PageHeader title={t('partners.editTitle', { name: editor.base.legalName })} />
      <PartnerForm {...editor.form} onCancel={() => navigate(`/partners/${partner.id}`)} summariseFieldErrors={!errors.duplicate}>
        {errors.duplicate && <DuplicateNotice duplicate={errors.duplicate} />}
        {editor.conflictNotice((latest) => partnerConflictRows(editor.values, latest, t))}
      </PartnerForm>
    </>
  );
}
