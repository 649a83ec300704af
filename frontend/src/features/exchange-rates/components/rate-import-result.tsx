/** What a rate import did: rows read, months created, changed and left as they were. */
import { useTranslation } from 'react-i18next';
import { ImportFigures } from '@/components/import/import-page';
import type { RateImportResult as Result } from '../api/rate-types';

export function RateImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const figures: [string, number][] = [
    [t('rateImport.rows'), result.rows],
    [t('rateImport.created'), result.created],
    [t('rateImport.updated'), result.updated],
    [t('rateImport.unchanged'), result.unchanged],
  ];
  return <ImportFigures title={t('rateImport.done')} figures={figures} />;
}
