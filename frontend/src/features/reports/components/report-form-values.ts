/** The report's text as the form holds it (numbers as typed, deliverables one per line), and its request. */
import type { TFunction } from 'i18next';
import type { IndicatorType, ReportContent, ReportKind, ReportView, ResultPart } from '@/lib/api/types';
import type { Problem } from '@/lib/api/problem';
import type { ConflictRow } from '@/components/conflict-notice';

export interface IndicatorFormValues {
  code: string;
  name: string;
  type: IndicatorType;
  unit: string;
  target: string;
  thisPeriod: string;
}

export interface ReportFormValues {
  activities: string;
  deliverables: string;
  indicators: IndicatorFormValues[];
  deviations: string;
  risks: string;
  results: string;
  evaluation: string;
  dissemination: string;
  comment: string;
  lessonsWorked: string;
  lessonsToAvoid: string;
  advice: string;
  /** Final report: the parts kept internal in the results library. */
  internalParts: ResultPart[];
}

export type ReportTextField = Exclude<keyof ReportFormValues, 'indicators' | 'deliverables' | 'internalParts'>;

/** The text fields each kind of report asks for, in order. */
export const FIELDS_OF_KIND: Record<ReportKind, (ReportTextField | 'deliverables' | 'indicators')[]> = {
  PROGRESS: ['activities', 'deliverables', 'indicators', 'deviations', 'risks'],
  FINAL: ['results', 'evaluation', 'dissemination', 'lessonsWorked', 'lessonsToAvoid', 'advice'],
  FINANCIAL: ['comment'],
};

export const REPORT_FORM_FIELDS = ['activities', 'deliverables', 'deviations', 'risks', 'results', 'evaluation', 'dissemination', 'comment', 'lessonsWorked', 'lessonsToAvoid', 'advice'] as const;

export function emptyIndicator(): IndicatorFormValues {
  return { code: '', name: '', type: 'OUTPUT', unit: '', target: '', thisPeriod: '' };
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number) => String(value);

export function reportToForm(report: ReportView): ReportFormValues {
  const content = report.content;
  return {
    activities: text(content.activities),
    deliverables: content.deliverables.join('\n'),
    indicators: content.indicators.map((indicator) => ({
      code: indicator.code,
      name: indicator.name,
      type: indicator.type,
      unit: text(indicator.unit),
      target: numberText(indicator.target),
      thisPeriod: numberText(indicator.thisPeriod),
    })),
    deviations: text(content.deviations),
    risks: text(content.risks),
    results: text(content.results),
    evaluation: text(content.evaluation),
    dissemination: text(content.dissemination),
    comment: text(content.comment),
    lessonsWorked: text(content.lessonsWorked),
    lessonsToAvoid: text(content.lessonsToAvoid),
    advice: text(content.advice),
    internalParts: content.internalParts ?? [],
  };
}

import { parseNumber } from '@/lib/i18n/parse-number';

export { parseNumber };

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The whole content is sent; the fields of other kinds keep what the server has. */
export function formToReportContent(values: ReportFormValues): ReportContent {
  return {
    activities: orNull(values.activities),
    deliverables: values.deliverables.split('\n').map((line) => line.trim()).filter(Boolean),
    indicators: values.indicators.map((indicator) => ({
      code: indicator.code.trim(),
      name: indicator.name.trim(),
      type: indicator.type,
      unit: orNull(indicator.unit),
      target: parseNumber(indicator.target),
      thisPeriod: parseNumber(indicator.thisPeriod),
    })),
    deviations: orNull(values.deviations),
    risks: orNull(values.risks),
    results: orNull(values.results),
    evaluation: orNull(values.evaluation),
    dissemination: orNull(values.dissemination),
    comment: orNull(values.comment),
    lessonsWorked: orNull(values.lessonsWorked),
    lessonsToAvoid: orNull(values.lessonsToAvoid),
    advice: orNull(values.advice),
    internalParts: values.internalParts,
  };
}

export function indicatorErrorKey(index: number, field: keyof IndicatorFormValues): string {
  return `indicator-${index}-${field}`;
}

/** Each indicator needs a code, a name and two numbers of at least zero. */
export function validateReportForm(values: ReportFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  values.indicators.forEach((indicator, index) => {
    for (const field of ['code', 'name'] as const) {
      if (!indicator[field].trim()) errors[indicatorErrorKey(index, field)] = t('form.requiredError');
    }
    for (const field of ['target', 'thisPeriod'] as const) {
      const value = parseNumber(indicator[field]);
      if (indicator[field].trim() === '') errors[indicatorErrorKey(index, field)] = t('form.requiredError');
      else if (!Number.isFinite(value) || value < 0) errors[indicatorErrorKey(index, field)] = t('reports.notANumber');
    }
  });
  return errors;
}

/** The server's errors of "content.indicators[1].target" at the indicator's own field. */
export function indicatorFieldErrors(problem: Problem): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const match = /indicators\[(\d+)\]\.(\w+)$/.exec(field ?? '');
    if (match) result[indicatorErrorKey(Number(match[1]), match[2] as keyof IndicatorFormValues)] = message;
  }
  return result;
}

/** Mine against theirs for the fields of the report's kind. */
export function reportConflictRows(kind: ReportKind, values: ReportFormValues, latest: ReportView, t: TFunction): ConflictRow[] {
  const theirs = reportToForm(latest);
  const summary = (items: IndicatorFormValues[]) => items.map((item) => `${item.code}: ${item.thisPeriod} / ${item.target}`).join('; ');
  return FIELDS_OF_KIND[kind].map((field) => ({
    field,
    label: t(`reports.field.${field}`),
    mine: field === 'indicators' ? summary(values.indicators) : values[field],
    theirs: field === 'indicators' ? summary(theirs.indicators) : theirs[field],
  }));
}
