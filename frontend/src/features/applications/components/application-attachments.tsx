/** An application's annexes: download each (with the bearer token), upload and remove while a draft. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { OutcomeAlerts } from '@/components/outcome-alerts';
import { ProblemAlert } from '@/components/problem-alert';
import type { AttachmentView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useDeleteAttachment } from '../api/delete-attachment';
import { useDownloadAttachment } from '../api/download-attachment';
import { useAttachments } from '../api/get-attachments';
import { AttachmentUpload } from './attachment-upload';
import { uploadErrorMessage } from './upload-error';

interface ApplicationAttachmentsProps {
  applicationId: string;
  /** Annexes change only while the application is a draft. */
  editable: boolean;
}

export function ApplicationAttachments({ applicationId, editable }: ApplicationAttachmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const attachments = useAttachments(applicationId);
  const download = useDownloadAttachment();
  const removal = useDeleteAttachment();
  const [removing, setRemoving] = useState<AttachmentView | null>(null);
  const [message, setMessage] = useState('');

  const remove = async (attachment: AttachmentView) => {
    try {
      await removal.mutateAsync({ applicationId, attachmentId: attachment.id });
      setMessage(t('applications.attachmentRemoved', { name: attachment.fileName }));
    } catch {
      // Shown below.
    } finally {
      setRemoving(null);
    }
  };
  const removalMessage = uploadErrorMessage(removal.error, t);

  return (
    <>
      <OutcomeAlerts message={message} refusal={removalMessage} error={removal.error ?? download.error} />
      {attachments.isPending ? (
        <Loading />
      ) : attachments.isError ? (
        <ProblemAlert error={attachments.error} />
      ) : attachments.data.length === 0 ? (
        <p>{t('applications.noAttachments')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('applications.attachments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.file')}</th>
                <th scope="col">{t('applications.size')}</th>
                <th scope="col">{t('applications.uploadedBy')}</th>
                {editable && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {attachments.data.map((attachment) => (
                <tr key={attachment.id}>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('applications.download', { name: attachment.fileName })}
                      onClick={() => download.mutate({ applicationId, attachmentId: attachment.id, fileName: attachment.fileName })}
                    >
                      {attachment.fileName}
                    </button>
                  </td>
                  <td className="numeric">{format.number(Math.max(1, Math.ceil(attachment.sizeBytes / 1024)))} kB</td>
                  <td>
                    {attachment.uploadedBy.name || attachment.uploadedBy.subject},{' '}
                    <time dateTime={attachment.uploadedAt}>{format.dateTime(attachment.uploadedAt)}</time>
                  </td>
                  {editable && (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => setRemoving(attachment)}>
                        {t('applications.removeAttachment', { name: attachment.fileName })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AttachmentUpload applicationId={applicationId} onUploaded={(name) => setMessage(t('applications.uploaded', { name }))} />}
      <ConfirmRemoval
        item={removing}
        title={(item) => t('applications.removeAttachmentTitle', { name: item.fileName })}
        text={t('applications.removeAttachmentConfirm')}
        busy={removal.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
