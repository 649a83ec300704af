/** /partners/import (advisor, admin): the register's own CSV (as exported) or a CORDIS participant extract; all rows or none. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileField } from '@/components/form/file-field';
import { ImportFailure } from '@/components/import/import-failure';
import { PageHeader } from '@/components/layout/page-header';
import { useImportPartners } from '../api/import-partners';
import { PartnerImportResult } from '../components/partner-import-result';

interface ChosenFile {
  name: string;
  text: string;
}

export function PartnersImportRoute() {
  const { t } = useTranslation();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importing = useImportPartners();

  const choose = async (chosen: File | null) => {
    importing.reset();
    setMissing(false);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    importing.mutate(file.text);
  };

  return (
    <>
      <PageHeader title={t('partnerImport.title')}>
        <p className="lead">{t('partnerImport.intro')}</p>
      </PageHeader>
      <form className="form" onSubmit={submit} noValidate>
        <FileField
          formId="partner-import"
          name="file"
          label={t('partnerImport.file')}
          hint={t('partnerImport.fileHint')}
          error={missing ? t('partnerImport.chooseFile') : undefined}
          accept=".csv,text/csv"
          required
          inputRef={inputRef}
          onChange={(chosen) => void choose(chosen)}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={importing.isPending} aria-busy={importing.isPending || undefined}>
            {importing.isPending ? t('partnerImport.importing') : t('partnerImport.submit')}
          </button>
          <Link className="button button--secondary" to="/partners">
            {t('partnerImport.backToRegister')}
          </Link>
        </div>
      </form>
      {importing.isSuccess && <PartnerImportResult result={importing.data} />}
      {importing.error !== null && <ImportFailure error={importing.error} />}
    </>
  );
}
