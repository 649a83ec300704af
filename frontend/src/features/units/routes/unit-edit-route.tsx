/** /units/:id/edit (admin): edit with optimistic locking and conflict handling. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { MAX_PAGE_SIZE, type UnitView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getUnitQueryOptions, useUnit } from '../api/get-unit';
import { useUnits } from '../api/get-units';
import { useUpdateUnit } from '../api/update-unit';
import { UnitForm } from '../components/unit-form';
import { formToUnitRequest, unitToForm, validateUnitForm, type UnitFormValues } from '../components/unit-form-values';

export function UnitEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const unit = useUnit(id);
  if (unit.isPending) return <Loading />;
  if (unit.isError)
    return (
      <>
        <PageHeader title={t('units.edit')} />
        <ProblemAlert error={unit.error} />
      </>
    );
  return <UnitEditor key={id} unit={unit.data} />;
}

function UnitEditor({ unit }: { unit: UnitView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(unit);
  const [values, setValues] = useState(() => unitToForm(unit));
  const update = useUpdateUnit();
  const parents = useUnits({ size: MAX_PAGE_SIZE, sort: 'name' });
  const unitName = (parentId: string) =>
    parentId ? (parents.data?.items.find((item) => item.id === parentId)?.name ?? parentId) : '';
  const { fieldErrors, check } = useFormErrors(update.error);
  const { conflict, run, clearConflict } = useConflictSave<UnitView>({
    save: (version) => update.mutateAsync({ id: unit.id, version, body: formToUnitRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getUnitQueryOptions(unit.id), staleTime: 0 }),
  });

  const save = async (version: number) => {
    if (!check(validateUnitForm(values, t('form.requiredError')))) return;
    if (await run(version)) navigate(`/units/${unit.id}`, { state: { notice: t('units.saved', { name: values.name }) } });
  };
  const discard = (latest: UnitView) => {
    setValues(unitToForm(latest));
    setBase(latest);
    clearConflict();
    update.reset();
  };

  return (
    <>
      <PageHeader title={t('units.editTitle', { name: base.name })} />
      <UnitForm
        unitId={unit.id}
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(`/units/${unit.id}`)}
        fieldErrors={fieldErrors}
        error={alertError(update.error)}
        submitting={update.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={update.isPending}
            rows={conflictRows(values, unitToForm(conflict), t, unitName)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
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
