/** /ideas/new?unitId=: record a project idea. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateIdea } from '../api/create-idea';
import { IdeaForm } from '../components/idea-form';
import { emptyIdeaForm, formToIdeaRequest, validateIdeaForm } from '../components/idea-form-values';
import { useIdeaUnits } from './use-idea-units';

export function IdeaCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { units } = useIdeaUnits();
  const creation = useCreateIdea();
  const form = useRecordCreator({
    initial: () => emptyIdeaForm(params.get('unitId') ?? (units.length === 1 ? units[0].id : '')),
    mutation: creation,
    toRequest: formToIdeaRequest,
    validate: (values) => validateIdeaForm(values, t('form.requiredError')),
    onCreated: (id, values) => navigate(id ? `/ideas/${id}` : '/ideas', { state: { notice: t('ideas.created', { title: values.title }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('ideas.create')} />
      <IdeaForm {...form} onCancel={() => navigate(-1)} units={units} />
    </>
  );
}
