/**
 * Downloads everything stored about a person (a contact person, or whoever is held under an e-mail) as JSON, or as
 * a page the person can read (admin).
 */
import { useTranslation } from 'react-i18next';
import { BusyButton } from '@/components/busy-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPersonalData, useExportPersonalDataPage, type PersonalDataSubject } from '../api/get-personal-data';

export function ExportPersonalDataButton({ subject }: { subject: PersonalDataSubject }) {
  const { t } = useTranslation();
  const exporting = useExportPersonalData();
  const readable = useExportPersonalDataPage();
  return (
    <>
      <BusyButton className="button button--secondary" busy={exporting.isPending} onClick={() => exporting.mutate(subject)}>
        {t('contacts.exportPersonalData')}
      </BusyButton>
      <BusyButton className="button button--secondary" busy={readable.isPending} onClick={() => readable.mutate(subject)}>
        {t('contacts.exportPersonalDataPage')}
      </BusyButton>
      {(exporting.isSuccess || readable.isSuccess) && (
        <p role="status" className="visually-hidden">
          {t('contacts.exported')}
        </p>
      )}
      <ProblemAlert error={exporting.error ?? readable.error} />
    </>
  );
}
