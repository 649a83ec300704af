/** The evidence of one expenditure line: download each file (with the bearer token), upload and remove while the report may change. */
import { useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { FileField } from '@/components/form/file-field';
import { Loading } from '@/components/loading';
import { OutcomeAlerts } from '@/components/outcome-alerts';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { scanRefusalMessage } from '@/lib/api/scan-refusal';
import type { AttachmentView, ExpenditureView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { MAX_EVIDENCE_MB, useDeleteEvidence, useDownloadEvidence, useEvidence, useUploadEvidence } from '../api/evidence';

/** Too large (413), a type not allowed (415), the report no longer changes (409), or the virus scan refused it. */
function evidenceErrorMessage(error: unknown, t: TFunction): string | undefined {
  if (isApiError(error, 413)) return t('reports.evidenceTooLarge', { max: MAX_EVIDENCE_MB });
  if (isApiError(error, 415)) return t('reports.evidenceType');
  if (isApiError(error, 409)) return t('reports.notEditable');
  return scanRefusalMessage(error, t);
}

interface EvidencePanelProps {
  reportId: string;
  line: ExpenditureView;
  editable: boolean;
}

export function EvidencePanel({ reportId, line, editable }: EvidencePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = { reportId, lineId: line.id };
  const evidence = useEvidence(ref);
  const download = useDownloadEvidence();
  const removal = useDeleteEvidence();
  const upload = useUploadEvidence();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [removing, setRemoving] = useState<AttachmentView | null>(null);
  const [message, setMessage] = useState('');
  const formId = `evidence-${line.id}`;
  const uploadMessage = missing ? t('reports.chooseFile') : evidenceErrorMessage(upload.error, t);
  const removalMessage = evidenceErrorMessage(removal.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setMissing(false);
    upload.mutateAsync({ ...ref, file }).then(
      () => {
        setMessage(t('reports.evidenceUploaded', { name: file.name }));
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      () => inputRef.current?.focus(),
    );
  };
  const remove = (item: AttachmentView) =>
    removal
      .mutateAsync({ ...ref, evidenceId: item.id })
      .then(() => setMessage(t('reports.evidenceRemoved', { name: item.fileName })), () => undefined)
      .finally(() => setRemoving(null));

  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} tabIndex={-1}>
        {t('reports.evidenceOf', { supplier: line.supplier, date: format.date(line.spentOn) })}
      </h3>
      <OutcomeAlerts message={message} refusal={removalMessage} error={removal.error ?? download.error} />
      {evidence.isPending ? (
        <Loading />
      ) : evidence.isError ? (
        <ProblemAlert error={evidence.error} />
      ) : evidence.data.length === 0 ? (
        <p>{t('reports.noEvidence')}</p>
      ) : (
        <ul className="plain-list">
          {evidence.data.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('reports.downloadEvidence', { name: item.fileName })}
                onClick={() => download.mutate({ ...ref, evidenceId: item.id, fileName: item.fileName })}
              >
                {item.fileName}
              </button>{' '}
              <span className="muted">
                {format.number(Math.max(1, Math.ceil(item.sizeBytes / 1024)))} kB, {item.uploadedBy.name || item.uploadedBy.subject},{' '}
                <time dateTime={item.uploadedAt}>{format.dateTime(item.uploadedAt)}</time>
              </span>{' '}
              {editable && (
                <button type="button" className="button button--secondary" onClick={() => setRemoving(item)}>
                  {t('reports.removeEvidence', { name: item.fileName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form id={formId} className="form" onSubmit={submit} noValidate>
          {!evidenceErrorMessage(upload.error, t) && <ProblemAlert error={upload.error} />}
          <FileField
            formId={formId}
            name="file"
            label={t('reports.evidenceFile')}
            hint={t('reports.evidenceHint', { max: MAX_EVIDENCE_MB })}
            error={uploadMessage}
            inputRef={inputRef}
            onChange={(chosen) => {
              setFile(chosen);
              setMissing(false);
              upload.reset();
            }}
          />
          <div className="button-row">
            <BusyButton type="submit" busy={upload.isPending}>
              {t('reports.uploadEvidence')}
            </BusyButton>
          </div>
        </form>
      )}
      <ConfirmRemoval
        item={removing}
        title={(item) => t('reports.removeEvidenceTitle', { name: item.fileName })}
        text={t('reports.removeEvidenceConfirm')}
        busy={removal.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
