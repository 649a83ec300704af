/** Downloads the register as CSV with the filters in force (columns the import reads back). */
import { useTranslation } from 'react-i18next';
import { ExportFileButton } from '@/components/export-file-button';
import { useExportPartners } from '../api/export-partners';
import type { PartnerFilterParams } from '../api/get-partners';

export function ExportPartnersButton({ filters }: { filters: PartnerFilterParams }) {
  const { t } = useTranslation();
  return (
    <ExportFileButton
      filters={filters}
      exporting={useExportPartners()}
      hintId="partner-export-hint"
      label={t('partners.export')}
      filteredHint={t('partners.exportFilteredHint')}
      allHint={t('partners.exportAllHint')}
      doneMessage={t('partners.exported')}
    />
  );
}
