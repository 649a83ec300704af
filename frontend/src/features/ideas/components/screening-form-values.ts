/** The screening form's values and their mapping to and from the API. */
import type { ScreeningOutcome, ScreeningRequest, ScreeningView } from '@/lib/api/types';

export interface ScreeningFormValues {
  investigated: boolean;
  programmeIds: string[];
  callIds: string[];
  outcome: ScreeningOutcome | '';
  reason: string;
}

export const SCREENING_FORM_FIELDS = ['investigated', 'programmeIds', 'callIds', 'outcome', 'reason'] as const;

export function screeningToForm(screening: ScreeningView | null): ScreeningFormValues {
  if (!screening) return { investigated: false, programmeIds: [], callIds: [], outcome: '', reason: '' };
  return {
    investigated: screening.investigated,
    programmeIds: screening.programmes.map((programme) => programme.id),
    callIds: screening.calls.map((call) => call.id),
    outcome: screening.outcome,
    reason: screening.reason,
  };
}

export function formToScreeningRequest(values: ScreeningFormValues): ScreeningRequest {
  return {
    investigated: values.investigated,
    programmeIds: values.programmeIds,
    callIds: values.callIds,
    outcome: values.outcome as ScreeningOutcome,
    reason: values.reason.trim(),
  };
}

/** Required: an outcome and its reason. Whether the programmes and calls fit the outcome is the server's to judge. */
export function validateScreeningForm(values: ScreeningFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.outcome) errors.outcome = required;
  if (!values.reason.trim()) errors.reason = required;
  return errors;
}
