/** The rows of an import file that the server refused, so the file can be corrected. */
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from './import-row-errors';

export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="table" id="import-errors">
        <caption>{t('importErrors.errorsCaption', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importErrors.row')}</th>
            <th scope="col">{t('importErrors.field')}</th>
            <th scope="col">{t('importErrors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.field}-${index}`}>
              <td>{error.row ?? '–'}</td>
              <td>{error.field || '–'}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
