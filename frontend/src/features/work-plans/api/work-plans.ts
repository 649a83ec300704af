/**
 * The International Office's work plans (issue 20): the plan of a year, its follow-ups per tertial,
 * the figures an indicator can be bound to, the office's financing, and the board report download.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/etag';
import { isApiError, unwrapAs } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/save-file';

type Schemas = components['schemas'];
export type WorkPlan = Schemas['WorkPlanView'];
export type WorkPlanRequest = Schemas['WorkPlanRequest'];
export type Goal = Schemas['WorkPlanGoal'];
export type Activity = Schemas['WorkPlanActivity'];
export type Indicator = Schemas['WorkPlanIndicator'];
export type Figure = Schemas['WorkPlanFigure'];
export type FollowUp = Schemas['WorkPlanFollowUpView'];
export type FollowUpRequest = Schemas['WorkPlanFollowUpRequest'];
export type Financing = Schemas['OfficeFinancingView'];
export type FinancingRequest = Schemas['OfficeFinancingRequest'];
export type Tertial = 'T1' | 'T2' | 'T3';
export const TERTIALS: Tertial[] = ['T1', 'T2', 'T3'];

const keys = {
  plan: (year: number) => ['work-plans', year] as const,
  followUps: (year: number) => ['work-plans', year, 'follow-ups'] as const,
  figures: ['work-plans', 'figures'] as const,
  financing: (year: number) => ['office-financing', year] as const,
};

/** A missing plan or financing is an answer (null), not an error: the page offers to write one. */
async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function usePlan(year: number) {
  return useQuery(queryOptions({
    queryKey: keys.plan(year),
    queryFn: () => orNull(unwrapAs<WorkPlan>(api.GET('/api/v1/work-plans/{year}', { params: { path: { year } } }))),
  }));
}

export function useFollowUps(year: number, enabled: boolean) {
  return useQuery(queryOptions({
    queryKey: keys.followUps(year),
    queryFn: () => unwrapAs<FollowUp[]>(api.GET('/api/v1/work-plans/{year}/follow-ups', { params: { path: { year } } })),
    enabled,
  }));
}

export function useFigures() {
  return useQuery(queryOptions({
    queryKey: keys.figures,
    queryFn: () => unwrapAs<Figure[]>(api.GET('/api/v1/work-plans/figures')),
    staleTime: Infinity,
  }));
}

export function useFinancing(year: number) {
  return useQuery(queryOptions({
    queryKey: keys.financing(year),
    queryFn: () => orNull(unwrapAs<Financing>(api.GET('/api/v1/office-financing/{year}', { params: { path: { year } } }))),
  }));
}

export function useSavePlan(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: WorkPlanRequest; version?: number }) =>
      version === undefined
        ? unwrapAs<WorkPlan>(api.POST('/api/v1/work-plans', { body }))
        : unwrapAs<WorkPlan>(api.PUT('/api/v1/work-plans/{year}', { params: { path: { year }, header: ifMatch(version) }, body })),
    onSuccess: (plan) => queryClient.setQueryData(keys.plan(year), plan),
  });
}

export function useSaveFollowUp(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tertial, body, version }: { tertial: Tertial; body: FollowUpRequest; version?: number }) =>
      version === undefined
        ? unwrapAs<FollowUp>(api.POST('/api/v1/work-plans/{year}/follow-ups/{tertial}', { params: { path: { year, tertial } }, body }))
        : unwrapAs<FollowUp>(api.PUT('/api/v1/work-plans/{year}/follow-ups/{tertial}', {
            params: { path: { year, tertial }, header: ifMatch(version) }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['work-plans', year] }),
  });
}

export function useReportFollowUp(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tertial, version }: { tertial: Tertial; version: number }) =>
      unwrapAs<FollowUp>(api.POST('/api/v1/work-plans/{year}/follow-ups/{tertial}/reported', {
        params: { path: { year, tertial }, header: ifMatch(version) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['work-plans', year] }),
  });
}

export function useSaveFinancing(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: FinancingRequest; version?: number }) =>
      unwrapAs<Financing>(api.PUT('/api/v1/office-financing/{year}', {
        // A new year is created without If-Match; a recorded one changes with it.
        params: { path: { year }, header: version === undefined ? {} : ifMatch(version) }, body })),
    onSuccess: (financing) => queryClient.setQueryData(keys.financing(year), financing),
  });
}

/** The board report with the bearer token (never in a URL), saved from a Blob. */
export async function downloadBoardReport(year: number, tertial: Tertial, format: 'pdf' | 'docx', lang: 'sv' | 'en') {
  const options = { params: { path: { year, tertial }, query: { lang } }, parseAs: 'blob' as const };
  const request = format === 'pdf'
    ? api.GET('/api/v1/work-plans/{year}/follow-ups/{tertial}/board-report.pdf', options)
    : api.GET('/api/v1/work-plans/{year}/follow-ups/{tertial}/board-report.docx', options);
  saveFile(await unwrapAs<Blob>(request), `arbetsplan-${year}-${tertial.toLowerCase()}-${lang}.${format}`);
}
