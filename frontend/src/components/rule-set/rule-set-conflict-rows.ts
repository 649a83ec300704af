/** Conflict-notice rows for a rule set: each part as people read it. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import { chosenFlatRates, type RuleSetFormValues } from './rule-set-values';

export function ruleSetConflictRows(mine: RuleSetFormValues, theirs: RuleSetFormValues, t: TFunction): ConflictRow[] {
  const categories = (values: RuleSetFormValues) =>
    [...values.costCategories]
      .sort()
      .map((category) => t(`costCategory.${category}`))
      .join(', ');
  const flatRates = (values: RuleSetFormValues) =>
    chosenFlatRates(values)
      .map((type) => `${t(`flatRateType.${type}`)} ${values.flatRates[type]?.trim() ?? ''} %`)
      .join(', ');
  const text = (key: Exclude<keyof RuleSetFormValues, 'costCategories' | 'flatRates'>, label: string, show = (value: string) => value): ConflictRow => ({
    field: `rules.${key}`,
    label,
    mine: show(mine[key].trim()),
    theirs: show(theirs[key].trim()),
  });
  return [
    { field: 'rules.costCategories', label: t('rules.costCategories'), mine: categories(mine), theirs: categories(theirs) },
    { field: 'rules.flatRates', label: t('rules.flatRates'), mine: flatRates(mine), theirs: flatRates(theirs) },
    text('maxCoFinancingPercent', t('rules.maxCoFinancingPercentLabel')),
    text('currencyConversion', t('rules.currencyConversion'), (value) => (value ? t(`currencyConversion.${value}`) : '')),
    text('reportingPeriodMonths', t('rules.reportingPeriodMonthsLabel')),
    text('retentionYears', t('rules.retentionYearsLabel')),
    text('stateAidRetentionYears', t('rules.stateAidRetentionYearsLabel')),
    text('eligibleUntil', t('rules.eligibleUntilLabel')),
  ];
}
