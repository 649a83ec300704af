/** Downloads everything stored about a contact person as JSON, or as a page the person can read (admin). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPersonalData, useExportPersonalDataPage } from '../api/get-personal-data';

export function ExportPersonalDataButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const exporting = useExportPersonalData();
  const readable = useExportPersonalDataPage();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => exporting.mutate(contactId)}
        disabled={exporting.isPending}
        aria-busy={exporting.isPending || undefined}
      >
        {t('contacts.exportPersonalData')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => readable.mutate(contactId)}
        disabled={readable.isPending}
        aria-busy={readable.isPending || undefined}
      >
        {t('contacts.exportPersonalDataPage')}
      </button>
      {(exporting.isSuccess || readable.isSuccess) && (
        <p role="status" className="visually-hidden">
          {t('contacts.exported')}
        </p>
      )}
      <ProblemAlert error={exporting.error ?? readable.error} />
    </>
  );
}
