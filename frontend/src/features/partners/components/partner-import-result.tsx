/** What a register import did: its format, the rows read, organisations added and updated, projects recorded. */
import { useTranslation } from 'react-i18next';
import type { PartnerImportResult as Result } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function PartnerImportResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures: [string, number][] = [
    [t('partnerImport.rows'), result.rows],
    [t('partnerImport.created'), result.created],
    [t('partnerImport.updated'), result.updated],
    [t('partnerImport.participations'), result.participations],
  ];
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">{t('partnerImport.done')}</p>
      <p>{t('partnerImport.formatRead', { format: t(`partnerImport.format.${result.format}`, { defaultValue: result.format }) })}</p>
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
