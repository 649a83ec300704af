/** GET /dashboard/portfolio (coordinator: own units; advisor, auditor, admin: all): the server computes every figure. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { unwrapAs } from '@/lib/api/problem';
import { type PortfolioFilters, toQuery } from './portfolio-filters';

export type PortfolioView = components['schemas']['PortfolioView'];
export type PortfolioFigures = components['schemas']['PortfolioFigures'];

export function getPortfolio(filters: PortfolioFilters) {
  return unwrapAs<PortfolioView>(api.GET('/api/v1/dashboard/portfolio', { params: { query: toQuery(filters) } }));
}

export function getPortfolioQueryOptions(filters: PortfolioFilters) {
  return queryOptions({
    queryKey: ['dashboard', 'portfolio', filters] as const,
    queryFn: () => getPortfolio(filters),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolio(filters: PortfolioFilters) {
  return useQuery(getPortfolioQueryOptions(filters));
}
