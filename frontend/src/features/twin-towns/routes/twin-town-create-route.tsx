/** /twin-towns/new (advisors and admins): record a twin town. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useRecordCreator } from '@/components/record-editor/use-record-editor';
import { useCreateTwinTown } from '../api/twin-towns';
import { TwinTownForm, useContactFields, validateTwinTownForm } from '../components/twin-town-form';
import { emptyTwinTownForm, formToTwinTownRequest } from '../components/twin-town-form-values';

export function TwinTownCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const contactFields = useContactFields();
  const form = useRecordCreator({
    initial: () => emptyTwinTownForm,
    mutation: useCreateTwinTown(),
    toRequest: formToTwinTownRequest,
    validate: (values) => validateTwinTownForm(values, contactFields, t('form.requiredError')),
    onCreated: (town) => navigate(`/twin-towns/${town.id}`, { state: { notice: t('twinTowns.created', { name: town.name }) } }),
    submitLabel: t('common.create'),
  });
  return (
    <>
      <PageHeader title={t('twinTowns.create')} />
      <TwinTownForm {...form} onCancel={() => navigate('/twin-towns')} />
    </>
  );
}
