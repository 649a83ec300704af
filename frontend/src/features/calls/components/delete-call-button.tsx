/** Deletes a call after confirmation. */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { CallView } from '@/lib/api/types';
import { useDeleteCall } from '../api/delete-call';

export function DeleteCallButton({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const deletion = useDeleteCall();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: call.id, version: call.version }}
      title={t('calls.deleteTitle', { title: call.title })}
      to="/calls"
      notice={t('calls.deleted', { title: call.title })}
    >
      <p>{t('calls.deleteConfirm', { title: call.title, identifier: call.identifier })}</p>
    </DeleteRecordButton>
  );
}
