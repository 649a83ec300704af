/**
 * The 409 codes with which the server refuses a change of an application's partnership, explained in
 * words by `partnershipRefusal.<code>` (sv/en): APPLICATION-002 (not a draft), PARTNERSHIP-001 (already
 * in), PARTNERSHIP-002 (a second lead partner), PARTNERSHIP-003 (the call's maximum reached). Shared by
 * the application's partnership panel and a partner search's "add to application".
 */
import { isApiError } from './problem';

export const PARTNERSHIP_REFUSALS = ['APPLICATION-002', 'PARTNERSHIP-001', 'PARTNERSHIP-002', 'PARTNERSHIP-003'] as const;
export type PartnershipRefusal = (typeof PARTNERSHIP_REFUSALS)[number];

/** The code of a refusal explained in words, if the error is one. */
export function partnershipRefusal(error: unknown): PartnershipRefusal | null {
  if (!isApiError(error, 409)) return null;
  return PARTNERSHIP_REFUSALS.find((code) => code === error.problem.code) ?? null;
}

/** The figures of a refusal (PARTNERSHIP-003: the call's `max` and the partnership's `count`), for its message. */
export function partnershipRefusalParams(error: unknown): Record<string, string | number> {
  return isApiError(error) ? (error.problem.params ?? {}) : {};
}

/** The i18n key of a refusal's message; it takes the organisation's `name` and the refusal's params. */
export function partnershipRefusalKey(code: PartnershipRefusal): `partnershipRefusal.${PartnershipRefusal}` {
  return `partnershipRefusal.${code}`;
}
