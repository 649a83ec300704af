/** The rows of the conflict notice: the user's twin town next to the stored one, as people read them. */
import type { TFunction } from 'i18next';
import { textConflictRow, type ConflictRow } from '@/components/conflict-notice';
import type { TwinTownView } from '@/lib/api/types';
import { twinTownToForm, type TwinTownFormValues } from '../components/twin-town-form-values';

export function twinTownConflictRows(mine: TwinTownFormValues, latest: TwinTownView, t: TFunction): ConflictRow[] {
  const theirs = twinTownToForm(latest);
  const text = textConflictRow(mine, theirs);
  const contacts = (values: TwinTownFormValues) =>
    values.contacts
      .map((contact) => (contact.name ?? '').trim())
      .filter(Boolean)
      .join(', ');
  return [
    { field: 'organisationId', label: t('interests.organisation'), mine: mine.organisation?.name ?? '', theirs: latest.organisationName },
    text('name', t('twinTowns.name')),
    { field: 'agreementKind', label: t('twinTowns.kind'), mine: t(`agreementKind.${mine.agreementKind}`), theirs: t(`agreementKind.${theirs.agreementKind}`) },
    text('signedOn', t('twinTowns.signedOn')),
    text('renewedOn', t('twinTowns.renewedOn')),
    text('notes', t('twinTowns.notes')),
    { field: 'contacts', label: t('twinTowns.contacts'), mine: contacts(mine), theirs: contacts(theirs) },
  ];
}
