/** Downloads the register as CSV with the filters in force (columns the import reads back). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportPartners } from '../api/export-partners';
import type { PartnerFilterParams } from '../api/get-partners';

export function ExportPartnersButton({ filters }: { filters: PartnerFilterParams }) {
  const { t } = useTranslation();
  const exporting = useExportPartners();
  const filtered = Object.values(filters).some((value) => value !== undefined);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => exporting.mutate(filters)}
        disabled={exporting.isPending}
        aria-busy={exporting.isPending || undefined}
        aria-describedby="partner-export-hint"
      >
        {t('partners.export')}
      </button>
      <span id="partner-export-hint" className="field__hint">
        {filtered ? t('partners.exportFilteredHint') : t('partners.exportAllHint')}
      </span>
      <p role="status" className="visually-hidden">
        {exporting.isSuccess ? t('partners.exported') : ''}
      </p>
      <ProblemAlert error={exporting.error} />
    </>
  );
}
