/** A task's reason and missing items in the user's language, from the codes and parameters the API gives. */
import type { TFunction } from 'i18next';
import type { TaskView } from '@/lib/api/types';
import { formatDate } from '@/lib/i18n/format';
import { formatInZone, EU_DEADLINE_TIME_ZONE } from '@/lib/i18n/zoned-time';

type Missing = TaskView['missing'][number];

function reportName(params: Record<string, string>, t: TFunction): string {
  const kind = t(`reports.kind.${params.reportKind}`);
  return params.period ? t('tasks.reportOfPeriod', { report: kind, period: params.period }) : kind;
}

/** "in 3 days", "today", "5 days ago" for a due day. */
export function dueWords(daysLeft: string | undefined, t: TFunction): string {
  const days = Number(daysLeft);
  if (daysLeft === undefined || Number.isNaN(days)) return '';
  if (days === 0) return t('tasks.dueToday');
  return days > 0 ? t('tasks.dueIn', { count: days }) : t('tasks.overdue', { count: -days });
}

export function reasonText(task: TaskView, t: TFunction, language: string): string {
  const p = task.reason.params;
  const closes = p.closesAt ? formatInZone(p.closesAt, p.timeZone || EU_DEADLINE_TIME_ZONE, language) : '';
  switch (task.kind) {
    case 'DRAFT_INCOMPLETE':
      return t('tasks.reason.DRAFT_INCOMPLETE', { count: task.missing.length });
    case 'APPLICATION_RETURNED':
      return p.comment ? t('tasks.reason.APPLICATION_RETURNED', { by: p.by ?? '', comment: p.comment }) : t('tasks.reason.returnedNoComment');
    case 'REPORT_RETURNED':
      return t('tasks.reason.REPORT_RETURNED', { report: reportName(p, t), by: p.by ?? '', comment: p.comment ?? '' });
    case 'REPORT_DUE':
    case 'REPORT_DUE_THIS_WEEK': {
      const reports = (p.reports ?? '').split(',').filter(Boolean).map((kind) => t(`reports.kind.${kind}`).toLowerCase());
      return t('tasks.reason.REPORT_DUE', { period: p.period, reports: reports.join(t('tasks.and')), when: dueWords(p.daysLeft, t) });
    }
    case 'CALL_CLOSING':
      return t('tasks.reason.CALL_CLOSING', { call: p.callIdentifier, at: closes, when: dueWords(p.daysLeft, t) });
    case 'AWAITING_UNIT_APPROVAL':
      return t('tasks.reason.AWAITING_UNIT_APPROVAL');
    case 'UNIT_WITHOUT_COORDINATOR':
      return t('tasks.reason.UNIT_WITHOUT_COORDINATOR');
    case 'AWAITING_REVIEW':
      return t(`tasks.reason.AWAITING_REVIEW_${task.reason.code}`, { count: task.ageDays ?? 0 });
    case 'READY_TO_SUBMIT':
      return t('tasks.reason.READY_TO_SUBMIT', { call: p.callIdentifier, at: closes });
    case 'REPORT_AWAITING_REVIEW':
      return t('tasks.reason.REPORT_AWAITING_REVIEW', { report: reportName(p, t), count: task.ageDays ?? 0 });
    case 'PAYMENT_OVERDUE':
      return t('tasks.reason.PAYMENT_OVERDUE', { report: reportName(p, t), date: formatDate(p.sentOn, language), count: task.ageDays ?? 0 });
    case 'CALL_NOT_STARTED':
      return t('tasks.reason.CALL_NOT_STARTED', { call: p.callIdentifier, at: closes, when: dueWords(p.daysLeft, t) });
    case 'PROJECT_CLOSED':
      return t(`tasks.reason.PROJECT_${task.reason.code}`, { date: formatDate(p.closedOn, language) });
    case 'CONTROL_TO_DO':
      return t(`tasks.reason.${task.reason.code}`, { period: p.period, count: task.ageDays ?? 0 });
    case 'CLARIFICATION_REQUESTED':
      return t('tasks.reason.CLARIFICATION', { period: p.period, by: p.by ?? '', question: p.question ?? '' });
    case 'WATCHED_CALL':
      return t('tasks.reason.WATCHED_CALL', { watch: p.watch ?? '', call: p.callIdentifier, at: closes });
    case 'BUDGET_REVISION_PROPOSED':
      return t('tasks.reason.BUDGET_REVISION_PROPOSED', { by: p.by ?? '', version: p.version });
  }
}

/** A missing item: the rule's own words where the SPA has them, else the field's, else the bare code. */
export function missingText(item: Missing, t: TFunction, exists: (key: string) => boolean): string {
  for (const key of [`tasks.missing.${item.code}`, `budgetRule.${item.code}`, `tasks.field.${item.field.split('.')[0]}`]) {
    if (exists(key)) return t(key);
  }
  return `${item.code} (${item.field})`;
}
