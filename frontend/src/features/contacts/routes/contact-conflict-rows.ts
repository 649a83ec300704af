/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import { textConflictRow, type ConflictRow } from '@/components/conflict-notice';
import type { ContactPersonView } from '@/lib/api/types';
import type { UnitOption } from '@/lib/api/shared-reads';
import { contactToForm, type ContactFormValues } from '../components/contact-form-values';

export function contactConflictRows(
  mine: ContactFormValues,
  latest: ContactPersonView,
  units: UnitOption[],
  t: TFunction,
): ConflictRow[] {
  const theirs = contactToForm(latest);
  const unitName = (id: string) => (id === latest.unitId ? latest.unitName : (units.find((unit) => unit.id === id)?.name ?? id));
  const roles = (values: ContactFormValues) =>
    [...values.roles]
      .sort()
      .map((role) => t(`contactRole.${role}`))
      .join(', ');
  const text = textConflictRow(mine, theirs);
  return [
    { field: 'unitId', label: t('contacts.unit'), mine: unitName(mine.unitId), theirs: unitName(theirs.unitId) },
    text('name', t('contacts.name')),
    text('title', t('contacts.jobTitle')),
    text('email', t('contacts.email')),
    text('phone', t('contacts.phone')),
    { field: 'roles', label: t('contacts.roles'), mine: roles(mine), theirs: roles(theirs) },
    text('activeFrom', t('contacts.activeFrom')),
    text('activeTo', t('contacts.activeTo')),
  ];
}
