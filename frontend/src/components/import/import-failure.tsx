/** Why an all-or-nothing import imported nothing: the problem, and the rows in error as a table. */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { ImportErrorsTable } from './import-errors-table';
import { importRowErrors } from './import-row-errors';

export function ImportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const rowErrors = isApiError(error, 400) ? importRowErrors(error.problem.errors) : [];
  return (
    <section className="section" aria-labelledby="import-error-title">
      <h2 id="import-error-title">{t('importErrors.failed')}</h2>
      <ProblemAlert error={error} />
      {rowErrors.length > 0 && <ImportErrorsTable errors={rowErrors} />}
    </section>
  );
}
