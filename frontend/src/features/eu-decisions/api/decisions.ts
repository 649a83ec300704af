/** The EU decisions API: the follow-up list, one decision, saving, deleting and a unit's answer. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { unwrapAs } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type EuDecisionView = components['schemas']['EuDecisionView'];
export type EuDecisionRequest = components['schemas']['EuDecisionRequest'];
export type EuDecisionAction = components['schemas']['EuDecisionAction'];
export type MainTask = components['schemas']['MainTask'];
export type DecisionStatus = components['schemas']['DecisionStatus'];
export type ActionStatus = components['schemas']['ActionStatus'];

export const MAIN_TASKS = [
  'SUPERVISION_AND_CONTROL',
  'COMMUNITY_PLANNING',
  'SERVICES',
  'REGIONAL_AND_LOCAL_DEVELOPMENT',
  'EMPLOYER_QUESTIONS',
] as const satisfies readonly MainTask[];
export const DECISION_STATUSES = ['REGISTERED', 'UNDER_FOLLOW_UP', 'CLOSED'] as const satisfies readonly DecisionStatus[];
export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const satisfies readonly ActionStatus[];

export interface DecisionFilters {
  status?: DecisionStatus;
  mainTask?: MainTask;
  unitId?: string;
  q?: string;
  awaitingAnswers?: boolean;
}

export const decisionKeys = {
  all: ['eu-decisions'] as const,
  list: (filters: DecisionFilters) => ['eu-decisions', 'list', filters] as const,
  decision: (id: string) => ['eu-decisions', 'detail', id] as const,
};

export function useDecisions(filters: DecisionFilters) {
  return useQuery({
    queryKey: decisionKeys.list(filters),
    queryFn: () => unwrapAs<EuDecisionView[]>(api.GET('/api/v1/eu-decisions', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: decisionKeys.decision(id),
    queryFn: () => unwrapAs<EuDecisionView>(api.GET('/api/v1/eu-decisions/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useSaveDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: EuDecisionRequest }) =>
      id
        ? unwrapAs<EuDecisionView>(api.PUT('/api/v1/eu-decisions/{id}', { params: { path: { id }, header: ifMatch(version ?? 0) }, body }))
        : unwrapAs<EuDecisionView>(api.POST('/api/v1/eu-decisions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
  });
}

export function useDeleteDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrapAs<void>(api.DELETE('/api/v1/eu-decisions/{id}', { params: { path: { id }, header: ifMatch(version) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
  });
}

export function useAnswerDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unitId, version, assessment }: { id: string; unitId: string; version?: number; assessment: string }) =>
      unwrapAs<EuDecisionView>(
        api.PUT('/api/v1/eu-decisions/{id}/answers/{unitId}', {
          // The first answer needs no version (the server ignores it then); a change names the answer's.
          params: { path: { id, unitId }, header: ifMatch(version ?? 0) },
          body: { assessment },
        }),
      ),
    onSuccess: (decision) => {
      if (decision) queryClient.setQueryData(decisionKeys.decision(decision.id), decision);
      return queryClient.invalidateQueries({ queryKey: decisionKeys.all });
    },
  });
}
