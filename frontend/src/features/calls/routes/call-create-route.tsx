/** /calls/new?programmeId= (advisor, admin). */
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateCall } from '../api/create-call';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { CallForm } from '../components/call-form';
import { emptyCallForm, formToCallRequest, validateCallForm } from '../components/call-form-values';

export function CallCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const programmes = useProgrammeOptions();
  const form = useRecordCreator({
    initial: () => emptyCallForm(params.get('programmeId') ?? ''),
    mutation: useCreateCall(),
    toRequest: formToCallRequest,
    validate: (values) => validateCallForm(values, t('form.requiredError')),
    nestedErrors: (problem, values) => ruleSetServerErrors(problem, values.rules),
    onCreated: (id, values) => navigate(id ? `/calls/${id}` : '/calls', { state: { notice: t('calls.created', { title: values.title }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('calls.create')} />
      <CallForm {...form} onCancel={() => navigate('/calls')} programmes={programmes.data ?? []} />
    </>
  );
}
