/** /partners/import (advisor, admin): the register's own CSV (as exported) or a CORDIS participant extract; all rows or none. */
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/import-page';
import { useImportPartners } from '../api/import-partners';
import { PartnerImportResult } from '../components/partner-import-result';

export function PartnersImportRoute() {
  const { t } = useTranslation();
  const importing = useImportPartners();
  return (
    <ImportPage
      formId="partner-import"
      title={t('partnerImport.title')}
      intro={t('partnerImport.intro')}
      fileLabel={t('partnerImport.file')}
      fileHint={t('partnerImport.fileHint')}
      accept=".csv,text/csv"
      read={(file) => file.text()}
      missing={() => t('partnerImport.chooseFile')}
      importing={importing}
      send={(text) => importing.mutate(text)}
      submitLabel={importing.isPending ? t('partnerImport.importing') : t('partnerImport.submit')}
      back={{ to: '/partners', label: t('partnerImport.backToRegister') }}
      result={(result) => <PartnerImportResult result={result} />}
    />
  );
}
