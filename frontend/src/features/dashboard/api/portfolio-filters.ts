/** The portfolio's filters as kept in the page address (?unitId=&fund=&programmeId=&yearFrom=&yearTo=). */
import type { components } from '@/lib/api/schema';

export type Fund = components['schemas']['Fund'];

export interface PortfolioFilters {
  unitId?: string;
  fund?: Fund;
  programmeId?: string;
  yearFrom?: number;
  yearTo?: number;
}

export const FILTER_NAMES = ['unitId', 'fund', 'programmeId', 'yearFrom', 'yearTo'] as const;

function year(value: string | null): number | undefined {
  return value && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export function filtersFrom(params: URLSearchParams): PortfolioFilters {
  return {
    unitId: params.get('unitId') || undefined,
    fund: (params.get('fund') || undefined) as Fund | undefined,
    programmeId: params.get('programmeId') || undefined,
    yearFrom: year(params.get('yearFrom')),
    yearTo: year(params.get('yearTo')),
  };
}

/** The filters as query parameters: only those set. */
export function toQuery(filters: PortfolioFilters): Record<string, string | number> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''));
}
