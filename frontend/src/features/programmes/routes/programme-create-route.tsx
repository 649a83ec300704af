/** /programmes/new (advisor, admin). */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ruleSetServerErrors } from '@/components/rule-set/rule-set-values';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateProgramme } from '../api/create-programme';
import { ProgrammeForm } from '../components/programme-form';
import { emptyProgrammeForm, formToProgrammeRequest, validateProgrammeForm } from '../components/programme-form-values';

export function ProgrammeCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useRecordCreator({
    initial: emptyProgrammeForm,
    mutation: useCreateProgramme(),
    toRequest: formToProgrammeRequest,
    validate: (values) => validateProgrammeForm(values, t('form.requiredError')),
    nestedErrors: (problem, values) => ruleSetServerErrors(problem, values.rules),
    onCreated: (id, values) => navigate(id ? `/programmes/${id}` : '/programmes', { state: { notice: t('programmes.created', { name: values.name }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('programmes.create')} />
      <ProgrammeForm {...form} onCancel={() => navigate('/programmes')} />
    </>
  );
}
