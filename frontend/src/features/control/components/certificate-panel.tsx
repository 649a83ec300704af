/** The signed control certificate: shown with who uploaded it; the controller uploads (or replaces) it while the control runs. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '@/components/form/file-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { ControlView, ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { downloadCertificate, useUploadCertificate } from '../api/control';

const FORM_ID = 'certificate-form';

export function CertificatePanel({ report, control, onMessage }: { report: ReportView; control: ControlView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadCertificate();
  const certificate = control.certificate;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    upload.mutate(
      { reportId: report.id, version: control.version, file },
      {
        onSuccess: () => {
          setFile(null);
          if (input.current) input.current.value = '';
          onMessage(t('control.uploadedOk'));
        },
      },
    );
  };
  return (
    <>
      {certificate ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void downloadCertificate(report.id, certificate.fileName)}>
            {certificate.fileName}
          </button>{' '}
          <span className="muted">{t('control.certificateBy', { name: certificate.uploadedBy.name, date: format.dateTime(certificate.uploadedAt) })}</span>
        </p>
      ) : (
        <p className="muted">{t('control.noCertificate')}</p>
      )}
      {control.mayWork && (
        <form id={FORM_ID} className="form inline-form" onSubmit={submit} noValidate>
          <ProblemAlert error={upload.error} />
          <FileField formId={FORM_ID} name="certificate" label={t('control.certificateFile')} hint={t('control.certificateHint')} accept="application/pdf,.pdf" inputRef={input} onChange={setFile} />
          <div className="button-row">
            <BusyButton type="submit" className="button button--secondary" busy={upload.isPending} disabled={!file}>
              {t('control.upload')}
            </BusyButton>
          </div>
        </form>
      )}
    </>
  );
}
