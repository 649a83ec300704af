/** Downloads everything stored about a contact person as JSON (admin). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPersonalData } from '../api/get-personal-data';

export function ExportPersonalDataButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const exporting = useExportPersonalData();
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
      {exporting.isSuccess && (
        <p role="status" className="visually-hidden">
          {t('contacts.exported')}
        </p>
      )}
      <ProblemAlert error={exporting.error} />
    </>
  );
}
