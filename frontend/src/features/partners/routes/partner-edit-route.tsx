/** /partners/:id/edit: edit an organisation with optimistic locking; the duplicate rules apply as on create. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
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
  const partner = usePartner(id);
  if (partner.isPending) return <Loading />;
  if (partner.isError)
    return (
      <>
        <PageHeader title={t('partners.edit')} />
        <ProblemAlert error={partner.error} />
      </>
    );
  return <PartnerEditor key={id} partner={partner.data} />;
}

function PartnerEditor({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(partner);
  const [values, setValues] = useState(() => partnerToForm(partner));
  const update = useUpdatePartner();
  const { duplicate, fieldErrors, check, alert } = usePartnerFormErrors(update.error);
  const { conflict, run, clearConflict } = useConflictSave<PartnerView>({
    save: (version) => update.mutateAsync({ id: partner.id, version, body: formToPartnerRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getPartnerQueryOptions(partner.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validatePartnerForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/partners/${partner.id}`, { state: { notice: t('partners.saved', { name: values.legalName.trim() }) } });
  };
  const discard = (latest: PartnerView) => {
    setValues(partnerToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };

  return (
    <>
      <PageHeader title={t('partners.editTitle', { name: base.legalName })} />
      <PartnerForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/partners/${partner.id}`)}
        fieldErrors={fieldErrors}
        summariseFieldErrors={!duplicate}
        error={alert}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {duplicate && <DuplicateNotice duplicate={duplicate} />}
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={partnerConflictRows(values, conflict, t)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </PartnerForm>
    </>
  );
}
