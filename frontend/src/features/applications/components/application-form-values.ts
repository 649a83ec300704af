/** The application form's values and their mapping to and from the API. */
import type { Problem } from '@/lib/api/problem';
import type { ApplicationRequest, ApplicationView, IdeaView, WorkPackage } from '@/lib/api/types';

export interface WorkPackageFormValues {
  title: string;
  description: string;
  /** One activity per line, as typed. */
  activities: string;
  /** One deliverable per line, as typed. */
  deliverables: string;
}

export interface ApplicationFormValues {
  unitId: string;
  callId: string;
  ideaId: string;
  title: string;
  acronym: string;
  summary: string;
  objectives: string;
  workPackages: WorkPackageFormValues[];
  periodStart: string;
  periodEnd: string;
  internalStatus: string;
}

export const APPLICATION_FORM_FIELDS = [
  'unitId',
  'callId',
  'ideaId',
  'title',
  'acronym',
  'summary',
  'objectives',
  'workPackages',
  'periodStart',
  'periodEnd',
  'internalStatus',
] as const;

export function emptyWorkPackage(): WorkPackageFormValues {
  return { title: '', description: '', activities: '', deliverables: '' };
}

export function emptyApplicationForm(unitId = ''): ApplicationFormValues {
  return {
    unitId,
    callId: '',
    ideaId: '',
    title: '',
    acronym: '',
    summary: '',
    objectives: '',
    workPackages: [],
    periodStart: '',
    periodEnd: '',
    internalStatus: '',
  };
}

/**
 * A new application from a screened idea starts with what the idea already says: its title, description
 * (as the summary), period and the call the screening named (so also its programme). Only blank fields
 * are filled; what the user typed stays.
 */
export function prefillFromIdea(values: ApplicationFormValues, idea: Pick<IdeaView, 'title' | 'description' | 'startDate' | 'endDate' | 'screening'>): ApplicationFormValues {
  const orBlank = (current: string, fromIdea: string | null | undefined) => current || (fromIdea ?? '');
  return {
    ...values,
    title: orBlank(values.title, idea.title),
    summary: orBlank(values.summary, idea.description),
    periodStart: orBlank(values.periodStart, idea.startDate),
    periodEnd: orBlank(values.periodEnd, idea.endDate),
    callId: orBlank(values.callId, idea.screening?.calls[0]?.id),
  };
}

export function workPackageToForm(workPackage: WorkPackage): WorkPackageFormValues {
  return {
    title: workPackage.title,
    description: workPackage.description ?? '',
    activities: workPackage.activities.join('\n'),
    deliverables: workPackage.deliverables.join('\n'),
  };
}

export function applicationToForm(application: ApplicationView): ApplicationFormValues {
  return {
    unitId: application.unitId,
    callId: application.callId ?? '',
    ideaId: application.ideaId ?? '',
    title: application.title,
    acronym: application.acronym ?? '',
    summary: application.summary ?? '',
    objectives: application.objectives ?? '',
    workPackages: application.workPackages.map(workPackageToForm),
    periodStart: application.periodStart ?? '',
    periodEnd: application.periodEnd ?? '',
    internalStatus: application.internalStatus ?? '',
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function formToWorkPackage(values: WorkPackageFormValues): WorkPackage {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    activities: lines(values.activities),
    deliverables: lines(values.deliverables),
  };
}

export function formToApplicationRequest(values: ApplicationFormValues): ApplicationRequest {
  return {
    unitId: values.unitId,
    callId: values.callId || undefined,
    ideaId: values.ideaId || undefined,
    title: values.title.trim(),
    acronym: values.acronym.trim() || undefined,
    summary: values.summary.trim() || undefined,
    objectives: values.objectives.trim() || undefined,
    workPackages: values.workPackages.map(formToWorkPackage),
    periodStart: values.periodStart || undefined,
    periodEnd: values.periodEnd || undefined,
    internalStatus: values.internalStatus.trim() || undefined,
  };
}

/** The error key of a work package's field, e.g. "workPackages.0.title". */
export function workPackageErrorKey(index: number, field: keyof WorkPackageFormValues): string {
  return `workPackages.${index}.${field}`;
}

/** Required fields only; the period's order and lengths are the server's to judge. */
export function validateApplicationForm(values: ApplicationFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.unitId) errors.unitId = required;
  if (!values.title.trim()) errors.title = required;
  values.workPackages.forEach((workPackage, index) => {
    if (!workPackage.title.trim()) errors[workPackageErrorKey(index, 'title')] = required;
  });
  return errors;
}

const WORK_PACKAGE_FIELD = /workPackages\[(\d+)\]\.(title|description|activities|deliverables)/;

/**
 * Server errors of work packages ("workPackages[1].title") land at that package's field, not at the
 * application's own field of the same name.
 */
export function workPackageFieldErrors(problem: Problem): Record<string, string> {
  const result: Record<string, string> = {};
  let ownTitle: string | undefined;
  let ownDescription: string | undefined;
  for (const { field, message } of problem.errors ?? []) {
    const match = field ? WORK_PACKAGE_FIELD.exec(field) : null;
    if (match) {
      const key = workPackageErrorKey(Number(match[1]), match[2] as keyof WorkPackageFormValues);
      result[key] = result[key] ? `${result[key]} ${message}` : message;
    } else if (field && /(^|\.)title$/.test(field)) {
      ownTitle = ownTitle ? `${ownTitle} ${message}` : message;
    } else if (field && /(^|\.)description$/.test(field)) {
      ownDescription = message;
    }
  }
  if (Object.keys(result).length === 0) return result;
  // The generic mapping put package errors at "title"; keep only the application's own.
  return { ...result, title: ownTitle, description: ownDescription } as Record<string, string>;
}
