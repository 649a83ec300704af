/** Deletes a programme after confirmation; the server refuses (409) while it has calls. */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { ProgrammeView } from '@/lib/api/types';
import { useDeleteProgramme } from '../api/delete-programme';

export function DeleteProgrammeButton({ programme }: { programme: ProgrammeView }) {
  const { t } = useTranslation();
  const deletion = useDeleteProgramme();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: programme.id, version: programme.version }}
      title={t('programmes.deleteTitle', { name: programme.name })}
      to="/programmes"
      notice={t('programmes.deleted', { name: programme.name })}
    >
      <p>{t('programmes.deleteConfirm', { name: programme.name, code: programme.code })}</p>
    </DeleteRecordButton>
  );
}
