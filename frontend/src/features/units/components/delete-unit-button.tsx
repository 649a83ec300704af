/** Deletes a unit after confirmation; a 409 (contacts or child units left) is shown in the dialog. */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { UnitView } from '@/lib/api/types';
import { useDeleteUnit } from '../api/delete-unit';

export function DeleteUnitButton({ unit }: { unit: UnitView }) {
  const { t } = useTranslation();
  const deletion = useDeleteUnit();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: unit.id, version: unit.version }}
      title={t('units.deleteTitle', { name: unit.name })}
      to="/units"
      notice={t('units.deleted', { name: unit.name })}
    >
      <p>{t('units.deleteConfirm', { name: unit.name, code: unit.code })}</p>
    </DeleteRecordButton>
  );
}
