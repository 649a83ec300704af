/** Downloads the rates as CSV with the filters in force (the columns the import reads back). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportRates } from '../api/export-rates';
import type { RateFilterParams } from '../api/rate-types';

export function ExportRatesButton({ filters }: { filters: RateFilterParams }) {
  const { t } = useTranslation();
  const exporting = useExportRates();
  const filtered = Object.values(filters).some((value) => value !== undefined);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => exporting.mutate(filters)}
        disabled={exporting.isPending}
        aria-busy={exporting.isPending || undefined}
        aria-describedby="rate-export-hint"
      >
        {t('exchangeRates.export')}
      </button>
      <span id="rate-export-hint" className="field__hint">
        {filtered ? t('exchangeRates.exportFilteredHint') : t('exchangeRates.exportAllHint')}
      </span>
      <p role="status" className="visually-hidden">
        {exporting.isSuccess ? t('exchangeRates.exported') : ''}
      </p>
      <ProblemAlert error={exporting.error} />
    </>
  );
}
