/** Downloads everything stored about a contact person as JSON, or as a page the person can read (admin). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPersonalData, useExportPersonalDataPage } from '../api/get-personal-data';

interface Export {
  mutate: (contactId: string) => void;
  isPending: boolean;
}

function ExportButton({ exporting, contactId, label }: { exporting: Export; contactId: string; label: string }) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => exporting.mutate(contactId)}
      disabled={exporting.isPending}
      aria-busy={exporting.isPending || undefined}
    >
      {label}
    </button>
  );
}

export function ExportPersonalDataButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const exporting = useExportPersonalData();
  const readable = useExportPersonalDataPage();
  return (
    <>
      <ExportButton exporting={exporting} contactId={contactId} label={t('contacts.exportPersonalData')} />
      <ExportButton exporting={readable} contactId={contactId} label={t('contacts.exportPersonalDataPage')} />
      {(exporting.isSuccess || readable.isSuccess) && (
        <p role="status" className="visually-hidden">
          {t('contacts.exported')}
        </p>
      )}
      <ProblemAlert error={exporting.error ?? readable.error} />
    </>
  );
}
