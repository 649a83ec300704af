/**
 * Why the server refused a workflow step, in words: REPORT-002 text missing, REPORT-003 no expenditure lines,
 * REPORT-004 no EUR rate for the month (named), REPORT-005 the step's own fields (shown at them).
 */
import type { TFunction } from 'i18next';
import type { FieldProblem, Problem } from '@/lib/api/problem';
import { monthLabel } from './month-label';

type CodedProblem = FieldProblem & { code?: string };

export interface Refusal {
  /** Messages for the report as a whole. */
  messages: string[];
  /** The month whose rate is missing, "YYYY-MM", for REPORT-004. */
  missingRateMonth: string | null;
  /** Messages at the dialog's own fields (comment, sentOn, funderReference). */
  fields: Record<string, string>;
}

const STEP_FIELDS = ['comment', 'sentOn', 'funderReference'];
/** A line without evidence as REPORT-013 names it; the dialog lists those lines itself. */
const LINE_EVIDENCE = /^expenditures\.[^.]+\.evidence$/;

export function transitionRefusal(problem: Problem | undefined, t: TFunction, language: string): Refusal {
  const refusal: Refusal = { messages: [], missingRateMonth: null, fields: {} };
  for (const error of (problem?.errors ?? []) as CodedProblem[]) {
    const field = (error.field ?? '').replace(/^content\./, '');
    switch (error.code) {
      case 'REPORT-002':
        refusal.messages.push(t('reports.refusal.text', { field: t(`reports.field.${field}`, { defaultValue: field }) }));
        break;
      case 'REPORT-003':
        refusal.messages.push(t('reports.refusal.noLines'));
        break;
      case 'REPORT-004': {
        const month = /\d{4}-\d{2}/.exec(error.message)?.[0] ?? null;
        refusal.missingRateMonth = month;
        refusal.messages.push(t('reports.refusal.noRate', { month: month ? monthLabel(month, language) : '' }));
        break;
      }
      case 'REPORT-013':
        if (field === 'confirmMissingEvidence') refusal.fields.confirmMissingEvidence = t('reports.refusal.confirmMissingEvidence');
        else if (field === 'comment') refusal.fields.comment = t('reports.refusal.evidenceComment');
        else if (!LINE_EVIDENCE.test(field)) refusal.messages.push(error.message);
        break;
      default:
        if (STEP_FIELDS.includes(field)) {
          refusal.fields[field] =
            field === 'sentOn' && /future/.test(error.message) ? t('reports.refusal.sentOnFuture') : t(`reports.refusal.${field}`);
        } else {
          refusal.messages.push(error.field ? `${error.field}: ${error.message}` : error.message);
        }
    }
  }
  return refusal;
}
