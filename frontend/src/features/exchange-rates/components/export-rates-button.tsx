/** Downloads the rates as CSV with the filters in force (the columns the import reads back). */
import { useTranslation } from 'react-i18next';
import { ExportFileButton } from '@/components/export-file-button';
import { useExportRates } from '../api/export-rates';
import type { RateFilterParams } from '../api/rate-types';

export function ExportRatesButton({ filters }: { filters: RateFilterParams }) {
  const { t } = useTranslation();
  return (
    <ExportFileButton
      filters={filters}
      exporting={useExportRates()}
      hintId="rate-export-hint"
      label={t('exchangeRates.export')}
      filteredHint={t('exchangeRates.exportFilteredHint')}
      allHint={t('exchangeRates.exportAllHint')}
      doneMessage={t('exchangeRates.exported')}
    />
  );
}
