/** /exchange-rates/import (advisor, admin): monthly rates from a CSV file; all rows or none. */
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/import-page';
import { useImportRates } from '../api/import-rates';
import { RateImportResult } from '../components/rate-import-result';

export function RatesImportRoute() {
  const { t } = useTranslation();
  const importing = useImportRates();
  return (
    <ImportPage
      formId="rate-import"
      title={t('rateImport.title')}
      intro={t('rateImport.intro')}
      fileLabel={t('rateImport.file')}
      fileHint={t('rateImport.fileHint')}
      accept=".csv,text/csv"
      read={(file) => file.text()}
      missing={() => t('rateImport.chooseFile')}
      importing={importing}
      send={(text) => importing.mutate(text)}
      submitLabel={importing.isPending ? t('rateImport.importing') : t('rateImport.submit')}
      back={{ to: '/exchange-rates', label: t('rateImport.backToRates') }}
      result={(result) => <RateImportResult result={result} />}
    />
  );
}
