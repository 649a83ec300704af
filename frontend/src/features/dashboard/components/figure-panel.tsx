/** One figure of the portfolio: its chart, or its data as a table, and its data as CSV or Excel with the page's filters. */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { type Figure, useDownloadPortfolioFigure } from '../api/download-portfolio-figure';
import type { PortfolioFilters } from '../api/portfolio-filters';

interface FigurePanelProps {
  title: string;
  figure: Figure;
  filters: PortfolioFilters;
  /** Without a chart the table is all there is. */
  chart?: ReactNode;
  table: ReactNode;
}

export function FigurePanel({ title, figure, filters, chart, table }: FigurePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const download = useDownloadPortfolioFigure();
  return (
    <section className="figure-panel" aria-labelledby={headingId} data-figure={figure}>
      <h2 id={headingId}>{title}</h2>
      <div className="figure-panel__actions">
        {chart && (
          <button type="button" className="button button--secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {t('dashboard.showAsTable')}
          </button>
        )}
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={download.isPending}
            aria-label={t(`dashboard.download.${format}Of`, { title })}
            onClick={() => download.mutate({ figure, format, filters })}
          >
            {t(`dashboard.download.${format}`)}
          </button>
        ))}
      </div>
      {download.isError && <ProblemAlert error={download.error} />}
      {chart && !asTable ? (
        <div role="img" aria-label={t('dashboard.chartOf', { title })} className="figure-panel__chart">
          {chart}
        </div>
      ) : (
        table
      )}
    </section>
  );
}
