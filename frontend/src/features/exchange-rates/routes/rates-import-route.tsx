/** /exchange-rates/import (advisor, admin): monthly rates from a CSV file; all rows or none. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileField } from '@/components/form/file-field';
import { ImportFailure } from '@/components/import/import-failure';
import { PageHeader } from '@/components/layout/page-header';
import { useImportRates } from '../api/import-rates';
import { RateImportResult } from '../components/rate-import-result';

export function RatesImportRoute() {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importing = useImportRates();

  const choose = async (chosen: File | null) => {
    importing.reset();
    setMissing(false);
    setText(chosen ? await chosen.text() : null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text === null) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    importing.mutate(text);
  };

  return (
    <>
      <PageHeader title={t('rateImport.title')}>
        <p className="lead">{t('rateImport.intro')}</p>
      </PageHeader>
      <form className="form" onSubmit={submit} noValidate>
        <FileField
          formId="rate-import"
          name="file"
          label={t('rateImport.file')}
          hint={t('rateImport.fileHint')}
          error={missing ? t('rateImport.chooseFile') : undefined}
          accept=".csv,text/csv"
          required
          inputRef={inputRef}
          onChange={(chosen) => void choose(chosen)}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={importing.isPending} aria-busy={importing.isPending || undefined}>
            {importing.isPending ? t('rateImport.importing') : t('rateImport.submit')}
          </button>
          <Link className="button button--secondary" to="/exchange-rates">
            {t('rateImport.backToRates')}
          </Link>
        </div>
      </form>
      {importing.isSuccess && <RateImportResult result={importing.data} />}
      {importing.error !== null && <ImportFailure error={importing.error} />}
    </>
  );
}
