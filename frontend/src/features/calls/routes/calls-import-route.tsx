/** /calls/import (advisor, admin): a Funding & Tenders topic list (JSON) or a CSV file; all rows or none. */
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/import-page';
import { useImportCalls, type ImportFormat } from '../api/import-calls';
import { detectImportFormat } from '../components/import-format';
import { ImportResult } from '../components/import-result';

interface ChosenFile {
  name: string;
  text: string;
  format: ImportFormat | null;
}

async function read(chosen: File): Promise<ChosenFile> {
  const text = await chosen.text();
  return { name: chosen.name, text, format: detectImportFormat(chosen.name, text) };
}

export function CallsImportRoute() {
  const { t } = useTranslation();
  const importing = useImportCalls();
  return (
    <ImportPage<ChosenFile, NonNullable<typeof importing.data>>
      formId="call-import"
      title={t('callImport.title')}
      intro={t('callImport.intro')}
      fileLabel={t('callImport.file')}
      fileHint={t('callImport.fileHint')}
      accept=".json,.csv,application/json,text/csv"
      read={read}
      ready={(file) => file.format !== null}
      missing={(file) => (file ? t('callImport.unknownFormat') : t('callImport.chooseFile'))}
      status={(file) => (
        <p role="status">
          {file.format ? t('callImport.detected', { name: file.name, format: t(`callImport.format.${file.format}`) }) : t('callImport.unknownFormat')}
        </p>
      )}
      importing={importing}
      send={(file) => file.format && importing.mutate({ text: file.text, format: file.format })}
      submitLabel={t('callImport.submit')}
      back={{ to: '/calls', label: t('callImport.backToCalls') }}
      result={(result) => <ImportResult result={result} />}
    />
  );
}
