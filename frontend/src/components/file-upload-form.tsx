/**
 * A form that uploads one file (the body is the file itself); why the server refused it (too large,
 * type not allowed, malware or the virus scan unreachable) is said at the file field. Used for a twin town's agreement and an event's materials.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { scanRefusalMessage } from '@/lib/api/scan-refusal';
import { BusyButton } from '@/components/busy-button';

/** The server's limit, for the hint; the server decides. */
export const MAX_UPLOAD_MB = 20;

interface FileUploadFormProps {
  formId: string;
  title: string;
  label: string;
  submitLabel: string;
  /** Sends the file; rejects with the API error. */
  upload: (file: File) => Promise<unknown>;
  /** Said once a file is stored. */
  doneMessage: (fileName: string) => string;
}

export function FileUploadForm({ formId, title, label, submitLabel, upload, doneMessage }: FileUploadFormProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const { id, hintId, errorId } = fieldIds(formId, 'file');
  const serverMessage = isApiError(failure, 413)
    ? t('upload.tooLarge', { max: MAX_UPLOAD_MB })
    : isApiError(failure, 415)
      ? t('upload.typeNotAllowed')
      : scanRefusalMessage(failure, t);
  const error = missing ? t('upload.chooseFile') : serverMessage;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    upload(file).then(
      () => {
        setBusy(false);
        setFailure(null);
        setDone(doneMessage(file.name));
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      (rejection: unknown) => {
        setBusy(false);
        setFailure(rejection);
        inputRef.current?.focus();
      },
    );
  };

  return (
    <form id={formId} className="form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{title}</h3>
      {!serverMessage && <ProblemAlert error={failure} />}
      {done && (
        <p className="alert alert--success" role="status">
          {done}
        </p>
      )}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{label}</label>
        <p id={hintId} className="field__hint">
          {t('upload.hint', { max: MAX_UPLOAD_MB })}
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
            setFailure(null);
          }}
        />
      </div>
      <div className="button-row">
        <BusyButton type="submit" busy={busy}>
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}
