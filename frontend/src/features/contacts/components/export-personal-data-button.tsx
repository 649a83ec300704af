/**
 * Downloads everything stored about a person (a contact person, or whoever is held under an e-mail) as JSON, or as
 * a page the person can read (admin).
 */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPersonalData, useExportPersonalDataPage, type PersonalDataSubject } from '../api/get-personal-data';

interface Export {
  mutate: (subject: PersonalDataSubject) => void;
  isPending: boolean;
}

function ExportButton({ exporting, subject, label }: { exporting: Export; subject: PersonalDataSubject; label: string }) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => exporting.mutate(subject)}
      disabled={exporting.isPending}
      aria-busy={exporting.isPending || undefined}
    >
      {label}
    </button>
  );
}

export function ExportPersonalDataButton({ subject }: { subject: PersonalDataSubject }) {
  const { t } = useTranslation();
  const exporting = useExportPersonalData();
  const readable = useExportPersonalDataPage();
  return (
    <>
      <ExportButton exporting={exporting} subject={subject} label={t('contacts.exportPersonalData')} />
      <ExportButton exporting={readable} subject={subject} label={t('contacts.exportPersonalDataPage')} />
      {(exporting.isSuccess || readable.isSuccess) && (
        <p role="status" className="visually-hidden">
          {t('contacts.exported')}
        </p>
      )}
      <ProblemAlert error={exporting.error ?? readable.error} />
    </>
  );
}
