/** GET /reports/{id}/claim: a financial report's claim against the granted budget, with overspend warnings and the EUR figures. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { ClaimSummary } from '@/lib/api/types';

export function getClaim(id: string) {
  return unwrapAs<ClaimSummary>(api.GET('/api/v1/reports/{id}/claim', { params: { path: { id } } }));
}

export function useClaim(id: string, enabled = true) {
  return useQuery({ queryKey: queryKeys.reportClaim(id), queryFn: () => getClaim(id), enabled });
}
