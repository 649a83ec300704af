/** /units/new (admin). */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateUnit } from '../api/create-unit';
import { UnitForm } from '../components/unit-form';
import { emptyUnitForm, formToUnitRequest, validateUnitForm } from '../components/unit-form-values';

export function UnitCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useRecordCreator({
    initial: () => emptyUnitForm,
    mutation: useCreateUnit(),
    toRequest: formToUnitRequest,
    validate: (values) => validateUnitForm(values, t('form.requiredError')),
    onCreated: (id, values) => navigate(id ? `/units/${id}` : '/units', { state: { notice: t('units.created', { name: values.name }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('units.create')} />
      <UnitForm {...form} onCancel={() => navigate('/units')} />
    </>
  );
}
