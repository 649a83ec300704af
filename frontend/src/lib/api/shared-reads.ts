/**
 * Reads that several features need, in one place: one query, and so one cache entry, each.
 * Applicants and coordinators get their own units only (the server scopes /units).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { MAX_PAGE_SIZE, PARTNER_ROLES, type Page, type PartnerMemberView, type ProgrammeView, type UnitView } from '@/lib/api/types';

export interface UnitOption {
  id: string;
  code: string;
  name: string;
}

/** A choice of a select or checkbox group. */
export interface Choice {
  id: string;
  label: string;
}

export type ProgrammeOption = Pick<ProgrammeView, 'id' | 'code' | 'name' | 'fund' | 'rules'>;

async function getUnitOptions(): Promise<UnitOption[]> {
  const page = await unwrapAs<Page<UnitView>>(api.GET('/api/v1/units', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return page.items.map(({ id, code, name }) => ({ id, code, name }));
}

async function getProgrammeOptions(): Promise<ProgrammeOption[]> {
  const page = await unwrapAs<Page<ProgrammeView>>(api.GET('/api/v1/programmes', { params: { query: { size: MAX_PAGE_SIZE, sort: 'name' } } }));
  return page.items.map(({ id, code, name, fund, rules }) => ({ id, code, name, fund, rules }));
}

const programmeOptionsQuery = () => queryOptions({ queryKey: queryKeys.programmeOptions, queryFn: getProgrammeOptions, staleTime: 60_000 });

/** The units the caller may choose (GET /units). */
export function useUnitOptions() {
  return useQuery(queryOptions({ queryKey: queryKeys.unitOptions, queryFn: getUnitOptions, staleTime: 60_000 }));
}

/** The programmes with their rules (a call may only narrow them). */
export function useProgrammeOptions() {
  return useQuery(programmeOptionsQuery());
}

/** The programmes as choices, "Name (CODE)". */
export function useProgrammeChoices() {
  return useQuery({
    ...programmeOptionsQuery(),
    select: (programmes): Choice[] => programmes.map((p) => ({ id: p.id, label: `${p.name} (${p.code})` })),
  });
}

/** Lead partner first, then partners, then associated partners; otherwise in the server's order. */
export function byRole(members: PartnerMemberView[]): PartnerMemberView[] {
  return [...members].sort((a, b) => PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role));
}

/** GET /applications/{id}/partners: the partnership, lead partner first (the application, its budget, its project's reports). */
export async function getPartnership(applicationId: string) {
  const members = await unwrapAs<PartnerMemberView[]>(api.GET('/api/v1/applications/{applicationId}/partners', { params: { path: { applicationId } } }));
  return byRole(members);
}

export function getPartnershipQueryOptions(applicationId: string) {
  return queryOptions({ queryKey: queryKeys.applicationPartners(applicationId), queryFn: () => getPartnership(applicationId) });
}

/** An application's partnership; waits while the application's id is not known yet. */
export function usePartnership(applicationId: string | undefined) {
  return useQuery({ ...getPartnershipQueryOptions(applicationId ?? ''), enabled: Boolean(applicationId) });
}
