/** GET /calls/{id}: the call's effective rules, which a new budget is planned against before it has a view of its own. */
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { CallView } from '@/lib/api/types';

export function useCallRules(callId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.call(callId ?? ''),
    queryFn: () => unwrapAs<CallView>(api.GET('/api/v1/calls/{id}', { params: { path: { id: callId ?? '' } } })),
    enabled: enabled && !!callId,
    select: (call) => call.effectiveRules,
  });
}
