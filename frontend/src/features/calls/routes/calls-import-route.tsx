/** /calls/import (advisor, admin): a Funding & Tenders topic list (JSON) or a CSV file; all rows or none. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileField } from '@/components/form/file-field';
import { PageHeader } from '@/components/layout/page-header';
import { ImportFailure } from '@/components/import/import-failure';
import { useImportCalls, type ImportFormat } from '../api/import-calls';
import { detectImportFormat } from '../components/import-format';
import { ImportResult } from '../components/import-result';

interface ChosenFile {
  name: string;
  text: string;
  format: ImportFormat | null;
}

export function CallsImportRoute() {
  const { t } = useTranslation();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importing = useImportCalls();

  const choose = async (chosen: File | null) => {
    importing.reset();
    setMissing(false);
    if (!chosen) return setFile(null);
    const text = await chosen.text();
    setFile({ name: chosen.name, text, format: detectImportFormat(chosen.name, text) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file?.format) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    importing.mutate({ text: file.text, format: file.format });
  };

  const fieldError = missing ? (file ? t('callImport.unknownFormat') : t('callImport.chooseFile')) : undefined;

  return (
    <>
      <PageHeader title={t('callImport.title')}>
        <p className="lead">{t('callImport.intro')}</p>
      </PageHeader>
      <form className="form" onSubmit={submit} noValidate>
        <FileField
          formId="call-import"
          name="file"
          label={t('callImport.file')}
          hint={t('callImport.fileHint')}
          error={fieldError}
          accept=".json,.csv,application/json,text/csv"
          required
          inputRef={inputRef}
          onChange={(chosen) => void choose(chosen)}
        />
        {file && (
          <p role="status">
            {file.format ? t('callImport.detected', { name: file.name, format: t(`callImport.format.${file.format}`) }) : t('callImport.unknownFormat')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={importing.isPending} aria-busy={importing.isPending || undefined}>
            {t('callImport.submit')}
          </button>
          <Link className="button button--secondary" to="/calls">
            {t('callImport.backToCalls')}
          </Link>
        </div>
      </form>
      {importing.isSuccess && <ImportResult result={importing.data} />}
      {importing.error !== null && <ImportFailure error={importing.error} />}
    </>
  );
}
