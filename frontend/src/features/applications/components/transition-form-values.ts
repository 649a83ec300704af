/** What each workflow step asks for, and its request. */
import type { TransitionAction, TransitionRequest } from '@/lib/api/types';

export type TransitionField = 'comment' | 'funderReference' | 'submittedOn' | 'grantedAmount' | 'rejectionReason' | 'decisionOn';

export interface TransitionFormValues {
  comment: string;
  funderReference: string;
  submittedOn: string;
  /** Euro, as typed. */
  grantedAmount: string;
  rejectionReason: string;
  decisionOn: string;
}

interface FieldSpec {
  field: TransitionField;
  required: boolean;
}

/** The fields of each step's dialog: only what the step needs, required as the server requires them. */
export const TRANSITION_FIELDS: Record<TransitionAction, FieldSpec[]> = {
  APPROVE_FOR_UNIT: [{ field: 'comment', required: false }],
  RETURN_FOR_CHANGES: [{ field: 'comment', required: true }],
  START_REVIEW: [{ field: 'comment', required: false }],
  CLEAR_FOR_SUBMISSION: [{ field: 'comment', required: false }],
  SUBMIT: [
    { field: 'funderReference', required: true },
    { field: 'submittedOn', required: true },
  ],
  RECORD_GRANT: [
    { field: 'grantedAmount', required: true },
    { field: 'decisionOn', required: true },
  ],
  RECORD_REJECTION: [
    { field: 'rejectionReason', required: true },
    { field: 'decisionOn', required: true },
  ],
  WITHDRAW: [{ field: 'comment', required: true }],
};

export const TRANSITION_FORM_FIELDS = ['comment', 'funderReference', 'submittedOn', 'grantedAmount', 'rejectionReason', 'decisionOn'] as const;

export function emptyTransitionForm(): TransitionFormValues {
  return { comment: '', funderReference: '', submittedOn: '', grantedAmount: '', rejectionReason: '', decisionOn: '' };
}

/** Today's date in the user's time zone, "YYYY-MM-DD". */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Only the step's own fields are sent. */
export function formToTransitionRequest(action: TransitionAction, values: TransitionFormValues): TransitionRequest {
  const request: TransitionRequest = { action };
  for (const { field } of TRANSITION_FIELDS[action]) {
    const text = values[field].trim();
    if (!text) continue;
    if (field === 'grantedAmount') request.grantedAmount = Number(text.replace(/\s/g, '').replace(',', '.'));
    else request[field] = text;
  }
  return request;
}

export function validateTransitionForm(action: TransitionAction, values: TransitionFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const spec of TRANSITION_FIELDS[action]) {
    if (spec.required && !values[spec.field].trim()) errors[spec.field] = required;
  }
  return errors;
}
