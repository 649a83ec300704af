/** /dashboard ("Portfölj"): the EU portfolio for management reporting, with filters, charts, tables and exports. */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePortfolio } from '../api/get-portfolio';
import { filtersFrom } from '../api/portfolio-filters';
import { FigurePanel } from '../components/figure-panel';
import { FiguresTable } from '../components/figures-table';
import { fundRows, programmeRows, unitRows, yearRows } from '../components/group-rows';
import { KeyFigures } from '../components/key-figures';
import { MoneyChart } from '../components/money-chart';
import { PortfolioFilterBar } from '../components/portfolio-filter-bar';
import { ScreeningChart } from '../components/screening-chart';
import { ScreeningTable } from '../components/screening-table';
import { StatusChart } from '../components/status-chart';
import { StatusTable } from '../components/status-table';
import { UncoveredUnits } from '../components/uncovered-units';

export function PortfolioRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const portfolio = usePortfolio(filters);
  const view = portfolio.data;
  const money = (title: string, figure: 'by-unit' | 'by-fund' | 'by-programme', header: string, rows: ReturnType<typeof unitRows>) => (
    <FigurePanel
      title={title}
      figure={figure}
      filters={filters}
      chart={rows.length > 0 ? <MoneyChart rows={rows} /> : undefined}
      table={rows.length > 0 ? <FiguresTable caption={title} groupHeader={header} rows={rows} /> : <p>{t('dashboard.none')}</p>}
    />
  );
  return (
    <>
      <PageHeader title={t('dashboard.title')}>
        <p className="lead">{t('dashboard.intro')}</p>
      </PageHeader>
      <PortfolioFilterBar />
      {portfolio.isError && <ProblemAlert error={portfolio.error} />}
      {portfolio.isPending ? (
        <Loading />
      ) : view ? (
        <>
          <KeyFigures figures={view.total} />
          {view.unconverted.length > 0 && (
            <p className="alert alert--warning" role="note">
              {t('dashboard.unconverted', { titles: view.unconverted.map((item) => `${item.title} (${item.unitCode})`).join(', ') })}
            </p>
          )}
          <FigurePanel
            title={t('dashboard.figures.byYear')}
            figure="by-year"
            filters={filters}
            chart={view.byYear.length > 0 ? <StatusChart rows={yearRows(view)} /> : undefined}
            table={
              view.byYear.length > 0 ? (
                <>
                  <StatusTable caption={t('dashboard.figures.byYear')} groupHeader={t('dashboard.year')} rows={yearRows(view)} />
                  <FiguresTable caption={t('dashboard.figures.byYearMoney')} groupHeader={t('dashboard.year')} rows={yearRows(view)} />
                </>
              ) : (
                <p>{t('dashboard.none')}</p>
              )
            }
          />
          {money(t('dashboard.figures.byUnit'), 'by-unit', t('dashboard.unit'), unitRows(view))}
          {money(t('dashboard.figures.byFund'), 'by-fund', t('dashboard.fund'), fundRows(view, t))}
          {money(t('dashboard.figures.byProgramme'), 'by-programme', t('dashboard.programme'), programmeRows(view, t))}
          <FigurePanel
            title={t('dashboard.figures.screening')}
            figure="screening"
            filters={filters}
            chart={view.screening.units.length > 0 ? <ScreeningChart screening={view.screening} /> : undefined}
            table={view.screening.units.length > 0 ? <ScreeningTable screening={view.screening} /> : <p>{t('dashboard.noIdeas')}</p>}
          />
          <FigurePanel
            title={t('dashboard.figures.coverage')}
            figure="units-without-coordinator"
            filters={filters}
            table={<UncoveredUnits coverage={view.coordinatorCoverage} />}
          />
        </>
      ) : null}
    </>
  );
}
