/** What a register import did: its format, the rows read, organisations added and updated, projects recorded. */
import { useTranslation } from 'react-i18next';
import { ImportFigures } from '@/components/import/import-page';
import type { PartnerImportResult as Result } from '@/lib/api/types';

export function PartnerImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const figures: [string, number][] = [
    [t('partnerImport.rows'), result.rows],
    [t('partnerImport.created'), result.created],
    [t('partnerImport.updated'), result.updated],
    [t('partnerImport.participations'), result.participations],
  ];
  return (
    <ImportFigures title={t('partnerImport.done')} figures={figures}>
      <p>{t('partnerImport.formatRead', { format: t(`partnerImport.format.${result.format}`, { defaultValue: result.format }) })}</p>
    </ImportFigures>
  );
}
