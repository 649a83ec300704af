/**
 * A registration refused as a duplicate: 409 PARTNER-001 (same PIC), PARTNER-002 (same VAT number)
 * or PARTNER-003 (near-identical name in the same country), whose `existing` names the organisation
 * already registered, e.g. "/api/v1/partners/<id>".
 */
import { isApiError } from '@/lib/api/problem';

export const DUPLICATE_FIELDS = { 'PARTNER-001': 'pic', 'PARTNER-002': 'vatNumber', 'PARTNER-003': 'legalName' } as const;
export type DuplicateCode = keyof typeof DUPLICATE_FIELDS;

export interface Duplicate {
  code: DuplicateCode;
  /** The form field the duplicate is about. */
  field: (typeof DUPLICATE_FIELDS)[DuplicateCode];
  /** The id of the organisation already registered, if the server named it. */
  existingId: string;
}

export function duplicateOf(error: unknown): Duplicate | null {
  if (!isApiError(error, 409)) return null;
  const code = error.problem.code;
  if (!code || !(code in DUPLICATE_FIELDS)) return null;
  const existingId = error.problem.existing?.split('/').filter(Boolean).pop() ?? '';
  return { code: code as DuplicateCode, field: DUPLICATE_FIELDS[code as DuplicateCode], existingId };
}
