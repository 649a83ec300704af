/** GET /dashboard/portfolio/{figure}.csv|.xlsx with the page's filters: fetched with the bearer token and saved from a Blob. */
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';
import { type PortfolioFilters, toQuery } from './portfolio-filters';

export const FIGURES = ['by-unit', 'by-fund', 'by-programme', 'by-year', 'screening', 'units-without-coordinator'] as const;
export type Figure = (typeof FIGURES)[number];

export interface DownloadFigureInput {
  figure: Figure;
  format: 'csv' | 'xlsx';
  filters: PortfolioFilters;
}

export async function downloadPortfolioFigure({ figure, format, filters }: DownloadFigureInput) {
  const options = { params: { path: { figure }, query: toQuery(filters) }, parseAs: 'blob' as const };
  const blob = await unwrapAs<Blob>(
    format === 'csv'
      ? api.GET('/api/v1/dashboard/portfolio/{figure}.csv', options)
      : api.GET('/api/v1/dashboard/portfolio/{figure}.xlsx', options),
  );
  saveFile(blob, `portfolio-${figure}.${format}`);
}

export function useDownloadPortfolioFigure() {
  return useMutation({ mutationFn: downloadPortfolioFigure });
}
