/** What a rate import did: rows read, months created, changed and left as they were. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { RateImportResult as Result } from '../api/rate-types';

export function RateImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures: [string, number][] = [
    [t('rateImport.rows'), result.rows],
    [t('rateImport.created'), result.created],
    [t('rateImport.updated'), result.updated],
    [t('rateImport.unchanged'), result.unchanged],
  ];
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">{t('rateImport.done')}</p>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div className="figure" key={label}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
