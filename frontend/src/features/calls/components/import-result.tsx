/** What an import did: new and updated calls, and programmes it had to create. */
import { useTranslation } from 'react-i18next';
import type { CallImportResult } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function ImportResult({ result }: { result: CallImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">{t('callImport.done')}</p>
      <dl className="figures">
        <div className="figure">
          <dt>{t('callImport.created')}</dt>
          <dd>{format.number(result.created)}</dd>
        </div>
        <div className="figure">
          <dt>{t('callImport.updated')}</dt>
          <dd>{format.number(result.updated)}</dd>
        </div>
        <div className="figure">
          <dt>{t('callImport.programmesCreated')}</dt>
          <dd>{format.number(result.programmesCreated)}</dd>
        </div>
      </dl>
    </div>
  );
}
