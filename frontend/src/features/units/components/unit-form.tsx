/** Create/edit form of a unit; errors from the server are shown at their fields. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { MAX_PAGE_SIZE, UNIT_TYPES } from '@/lib/api/types';
import { useUnits } from '../api/get-units';
import { UNIT_FORM_FIELDS, type UnitFormValues } from './unit-form-values';

interface UnitFormProps extends RecordFormProps<UnitFormValues> {
  /** The unit being edited: it cannot be its own parent. */
  unitId?: string;
}

const FORM_ID = 'unit-form';

export function UnitForm(props: UnitFormProps) {
  const { values, onChange, fieldErrors, unitId, children } = props;
  const { t } = useTranslation();
  const parents = useUnits({ size: MAX_PAGE_SIZE, sort: 'name' });
  const set = fieldSetter(values, onChange);

  const parentOptions = (parents.data?.items ?? [])
    .filter((unit) => unit.id !== unitId)
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));

  return (
    <FormShell formId={FORM_ID} form={props} fields={UNIT_FORM_FIELDS}>
      {children}
      <TextField formId={FORM_ID} name="code" label={t('units.code')} value={values.code} onChange={set('code')} required error={fieldErrors.code} hint={t('units.codeHint')} autoComplete="off" />
      <TextField formId={FORM_ID} name="name" label={t('units.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="type"
        label={t('units.type')}
        value={values.type}
        onChange={(value) => set('type')(value as UnitFormValues['type'])}
        emptyLabel={t('form.choose')}
        options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
        required
        error={fieldErrors.type}
      />
      <SelectField
        formId={FORM_ID}
        name="parentId"
        label={t('units.parent')}
        value={values.parentId}
        onChange={set('parentId')}
        emptyLabel={t('units.noParent')}
        options={parentOptions}
        error={fieldErrors.parentId}
      />
      <CheckboxField formId={FORM_ID} name="active" label={t('units.activeLabel')} checked={values.active} onChange={set('active')} error={fieldErrors.active} />
    </FormShell>
  );
}
