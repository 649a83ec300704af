/** A report's text read-only (when it may not change now), by kind; indicators with their previous and cumulative figures. */
import { useTranslation } from 'react-i18next';
import type { ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { FIELDS_OF_KIND } from './report-form-values';

export function ReportContentView({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const content = report.content;
  const fields = FIELDS_OF_KIND[report.kind];
  return (
    <>
      <dl className="details">
        {fields
          .filter((field) => field !== 'indicators')
          .map((field) => (
            <div key={field}>
              <dt>{t(`reports.field.${field}`)}</dt>
              <dd className="pre-line">
                {field === 'deliverables' ? content.deliverables.join('\n') || '–' : (content[field] ?? '') || '–'}
              </dd>
            </div>
          ))}
        {report.kind === 'FINAL' && (
          <div>
            <dt>{t('reports.field.internalParts')}</dt>
            <dd>{(content.internalParts ?? []).map((part) => t(`resultPart.${part}`)).join(', ') || '–'}</dd>
          </div>
        )}
      </dl>
      {fields.includes('indicators') && (
        <div className="table-wrapper">
          <table className="table">
            <caption>{t('reports.field.indicators')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.indicatorCode')}</th>
                <th scope="col">{t('reports.indicatorName')}</th>
                <th scope="col">{t('reports.indicatorType')}</th>
                <th scope="col" className="numeric">{t('reports.target')}</th>
                <th scope="col" className="numeric">{t('reports.previous')}</th>
                <th scope="col" className="numeric">{t('reports.thisPeriod')}</th>
                <th scope="col" className="numeric">{t('reports.cumulative')}</th>
              </tr>
            </thead>
            <tbody>
              {report.indicators.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t('reports.noIndicators')}</td>
                </tr>
              ) : (
                report.indicators.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row">{indicator.code}</th>
                    <td>{indicator.name}</td>
                    <td>{t(`reports.indicatorTypes.${indicator.type}`)}</td>
                    <td className="numeric">{format.number(indicator.target)}</td>
                    <td className="numeric">{format.number(indicator.previous)}</td>
                    <td className="numeric">{format.number(indicator.thisPeriod)}</td>
                    <td className="numeric">
                      {format.number(indicator.cumulative)} {indicator.unit ?? ''}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
