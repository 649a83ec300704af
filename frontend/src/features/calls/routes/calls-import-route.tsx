/** /calls/import (advisor, admin): a Funding & Tenders topic list (JSON) or a CSV file; all rows or none. */
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldError } from '@/components/form/field-error';
import { describedBy, fieldIds } from '@/components/form/field-ids';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { useImportCalls, type ImportFormat } from '../api/import-calls';
import { ImportErrorsTable } from '../components/import-errors-table';
import { detectImportFormat, importRowErrors } from '../components/import-format';
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
  const { id, hintId, errorId } = fieldIds('call-import', 'file');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    importing.reset();
    setMissing(false);
    const chosen = event.target.files?.[0];
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

  const error = importing.error;
  const rowErrors = isApiError(error, 400) ? importRowErrors(error.problem.errors) : [];
  const fieldError = missing ? (file ? t('callImport.unknownFormat') : t('callImport.chooseFile')) : undefined;

  return (
    <>
      <PageHeader title={t('callImport.title')}>
        <p className="lead">{t('callImport.intro')}</p>
      </PageHeader>
      <form className="form" onSubmit={submit} noValidate>
        <div className={fieldError ? 'field field--invalid' : 'field'}>
          <label htmlFor={id}>
            {t('callImport.file')}
            <span className="field__required"> ({t('form.required')})</span>
          </label>
          <p id={hintId} className="field__hint">
            {t('callImport.fileHint')}
          </p>
          <FieldError id={errorId} message={fieldError} />
          <input
            ref={inputRef}
            id={id}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy(hintId, fieldError && errorId)}
            onChange={(event) => void choose(event)}
          />
        </div>
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
      {error !== null && (
        <section className="section" aria-labelledby="import-error-title">
          <h2 id="import-error-title">{t('callImport.failed')}</h2>
          <ProblemAlert error={error} />
          {rowErrors.length > 0 && <ImportErrorsTable errors={rowErrors} />}
        </section>
      )}
    </>
  );
}
