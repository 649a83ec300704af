/** The idea form's values and their mapping to and from the API. */
import type { IdeaRequest, IdeaView } from '@/lib/api/types';

export interface IdeaFormValues {
  unitId: string;
  title: string;
  description: string;
  /** SEK, as typed. */
  estimatedCost: string;
  startDate: string;
  endDate: string;
}

export const IDEA_FORM_FIELDS = ['unitId', 'title', 'description', 'estimatedCost', 'startDate', 'endDate'] as const;

export function emptyIdeaForm(unitId = ''): IdeaFormValues {
  return { unitId, title: '', description: '', estimatedCost: '', startDate: '', endDate: '' };
}

export function ideaToForm(idea: IdeaView): IdeaFormValues {
  return {
    unitId: idea.unitId,
    title: idea.title,
    description: idea.description ?? '',
    estimatedCost: idea.estimatedCost === null ? '' : String(idea.estimatedCost),
    startDate: idea.startDate ?? '',
    endDate: idea.endDate ?? '',
  };
}

export function formToIdeaRequest(values: IdeaFormValues): IdeaRequest {
  const cost = values.estimatedCost.trim().replace(/\s/g, '').replace(',', '.');
  return {
    unitId: values.unitId,
    title: values.title.trim(),
    description: values.description.trim() || undefined,
    estimatedCost: cost ? Number(cost) : undefined,
    startDate: values.startDate || undefined,
    endDate: values.endDate || undefined,
  };
}

/** Required fields only; amounts and the period's order are the server's to judge. */
export function validateIdeaForm(values: IdeaFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.unitId) errors.unitId = required;
  if (!values.title.trim()) errors.title = required;
  return errors;
}
