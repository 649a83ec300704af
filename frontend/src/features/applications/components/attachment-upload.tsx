/** Uploading an annex to a draft; why a file was refused is shown at the file field. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import { ProblemAlert } from '@/components/problem-alert';
import { BusyButton } from '@/components/busy-button';
import { MAX_ATTACHMENT_MB, useUploadAttachment } from '../api/upload-attachment';
import { uploadErrorMessage } from './upload-error';

const FORM_ID = 'attachment-form';

export function AttachmentUpload({ applicationId, onUploaded }: { applicationId: string; onUploaded: (fileName: string) => void }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useUploadAttachment();
  const { id, hintId, errorId } = fieldIds(FORM_ID, 'file');
  const serverMessage = uploadErrorMessage(upload.error, t);
  const error = missing ? t('applications.chooseFile') : serverMessage;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    upload.mutateAsync({ applicationId, file }).then(
      () => {
        onUploaded(file.name);
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      () => inputRef.current?.focus(),
    );
  };

  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
      {!serverMessage && <ProblemAlert error={upload.error} />}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{t('applications.file')}</label>
        <p id={hintId} className="field__hint">
          {t('applications.fileHint', { max: MAX_ATTACHMENT_MB })}
        </p>
        <FieldError id={errorId} message={error} />
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error && errorId)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
            upload.reset();
          }}
        />
      </div>
      <div className="button-row">
        <BusyButton type="submit" busy={upload.isPending}>
          {t('applications.upload')}
        </BusyButton>
      </div>
    </form>
  );
}
