/** The unit form's values and their mapping to and from the API. */
import type { UnitRequest, UnitType, UnitView } from '@/lib/api/types';

export interface UnitFormValues {
  code: string;
  name: string;
  type: UnitType | '';
  parentId: string;
  active: boolean;
}

export const UNIT_FORM_FIELDS = ['code', 'name', 'type', 'parentId', 'active'] as const;

export const emptyUnitForm: UnitFormValues = { code: '', name: '', type: '', parentId: '', active: true };

export function unitToForm(unit: UnitView): UnitFormValues {
  return { code: unit.code, name: unit.name, type: unit.type, parentId: unit.parentId ?? '', active: unit.active };
}

export function formToUnitRequest(values: UnitFormValues): UnitRequest {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    type: values.type as UnitType,
    parentId: values.parentId || undefined,
    active: values.active,
  };
}

/** Required fields the browser need not send to learn they are missing. */
export function validateUnitForm(values: UnitFormValues, requiredMessage: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.code.trim()) errors.code = requiredMessage;
  if (!values.name.trim()) errors.name = requiredMessage;
  if (!values.type) errors.type = requiredMessage;
  return errors;
}
