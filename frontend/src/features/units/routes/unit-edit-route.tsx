/** /units/:id/edit (admin): edit with optimistic locking and conflict handling. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import { MAX_PAGE_SIZE, type UnitView } from '@/lib/api/types';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
import { getUnitQueryOptions, useUnit } from '../api/get-unit';
import { useUnits } from '../api/get-units';
import { useUpdateUnit } from '../api/update-unit';
import { UnitForm } from '../components/unit-form';
import { formToUnitRequest, unitToForm, validateUnitForm, type UnitFormValues } from '../components/unit-form-values';

export function UnitEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useUnit(id)} title={t('units.edit')}>
      {(unit) => <UnitEditor key={id} unit={unit} />}
    </RecordPage>
  );
}

function UnitEditor({ unit }: { unit: UnitView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateUnit();
  const parents = useUnits({ size: MAX_PAGE_SIZE, sort: 'name' });
  const unitName = (parentId: string) =>
    parentId ? (parents.data?.items.find((item) => item.id === parentId)?.name ?? parentId) : '';
  const editor = useRecordEditor({
    record: unit,
    toForm: unitToForm,
    mutation: update,
    save: (values, version) => update.mutateAsync({ id: unit.id, version, body: formToUnitRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getUnitQueryOptions(unit.id), staleTime: 0 }),
    validate: (values) => validateUnitForm(values, t('form.requiredError')),
    onSaved: (values) => navigate(`/units/${unit.id}`, { state: { notice: t('units.saved', { name: values.name }) } }),
  });

  return (
    <>
      <PageHeader title={t('units.editTitle', { name: editor.base.name })} />
      <UnitForm {...editor.form} unitId={unit.id} onCancel={() => navigate(`/units/${unit.id}`)}>
        {editor.conflictNotice((latest) => conflictRows(editor.values, unitToForm(latest), t, unitName))}
      </UnitForm>
    </>
  );
}

function conflictRows(
  mine: UnitFormValues,
  theirs: UnitFormValues,
  t: (key: string) => string,
  unitName: (id: string) => string,
) {
  const bool = (value: boolean) => (value ? t('common.active') : t('common.inactive'));
  return [
    { field: 'code', label: t('units.code'), mine: mine.code, theirs: theirs.code },
    { field: 'name', label: t('units.name'), mine: mine.name, theirs: theirs.name },
    { field: 'type', label: t('units.type'), mine: mine.type && t(`unitType.${mine.type}`), theirs: theirs.type && t(`unitType.${theirs.type}`) },
    { field: 'parentId', label: t('units.parent'), mine: unitName(mine.parentId), theirs: unitName(theirs.parentId) },
    { field: 'active', label: t('common.status'), mine: bool(mine.active), theirs: bool(theirs.active) },
  ];
}
