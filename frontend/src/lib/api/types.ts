/** Short names for the generated schema types (src/lib/api/schema.d.ts, from ../openapi.yaml) used across features. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type ClientConfig = Schemas['ClientConfig'];
export type UnitView = Schemas['UnitView'];
export type UnitRequest = Schemas['UnitRequest'];
export type UnitType = Schemas['UnitType'];
export type UnitSummary = Schemas['UnitSummary'];
export type CoordinatorCoverage = Schemas['CoverageView'];
export type ContactPersonView = Schemas['ContactPersonView'];
export type ContactPersonRequest = Schemas['ContactPersonRequest'];
export type ContactRole = Schemas['ContactRole'];
export type RevisionView = Schemas['HistoryEntry'];
export type PersonalDataExport = Schemas['PersonalDataExport'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export const UNIT_TYPES = ['MUNICIPAL_DEPARTMENT', 'TELGE_COMPANY', 'INTERNATIONAL_OFFICE'] as const satisfies readonly UnitType[];
export const CONTACT_ROLES = [
  'INTERNATIONAL_COORDINATOR',
  'EU_PROJECT_MANAGER',
  'FINANCE_CONTACT',
  'OTHER',
] as const satisfies readonly ContactRole[];

/** Largest page the API serves. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;
