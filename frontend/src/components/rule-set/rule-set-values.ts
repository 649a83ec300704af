/** The rule set editor's values, their mapping to and from the API, and where server errors belong. */
import { fieldKey, type Problem } from '@/lib/api/problem';
import {
  COST_CATEGORIES,
  FLAT_RATE_TYPES,
  type CostCategory,
  type CurrencyConversion,
  type FlatRateType,
  type RuleSet,
} from '@/lib/api/types';

export interface RuleSetFormValues {
  costCategories: CostCategory[];
  /** The flat rates allowed, with their maximum percentage as typed. */
  flatRates: Partial<Record<FlatRateType, string>>;
  maxCoFinancingPercent: string;
  currencyConversion: CurrencyConversion | '';
  reportingPeriodMonths: string;
  retentionYears: string;
  stateAidRetentionYears: string;
  /** The last day of eligible expenditure (YYYY-MM-DD), or empty when the programme has none. */
  eligibleUntil: string;
}

/** The properties of a rule set: server errors about them are shown in the editor, not the form's alert. */
export const RULE_SET_FIELDS = [
  'rules',
  'costCategories',
  'flatRates',
  'type',
  'maxPercent',
  'maxCoFinancingPercent',
  'currencyConversion',
  'reportingPeriodMonths',
  'retentionYears',
  'stateAidRetentionYears',
  'eligibleUntil',
] as const;

export function emptyRuleSetForm(): RuleSetFormValues {
  return {
    costCategories: [],
    flatRates: {},
    maxCoFinancingPercent: '',
    currencyConversion: '',
    reportingPeriodMonths: '',
    retentionYears: '',
    stateAidRetentionYears: '',
    eligibleUntil: '',
  };
}

export function ruleSetToForm(rules: RuleSet | null | undefined): RuleSetFormValues {
  if (!rules) return emptyRuleSetForm();
  return {
    costCategories: [...rules.costCategories],
    flatRates: Object.fromEntries(rules.flatRates.map((rate) => [rate.type, String(rate.maxPercent)])),
    maxCoFinancingPercent: String(rules.maxCoFinancingPercent),
    currencyConversion: rules.currencyConversion,
    reportingPeriodMonths: String(rules.reportingPeriodMonths),
    retentionYears: String(rules.retentionYears),
    stateAidRetentionYears: String(rules.stateAidRetentionYears),
    eligibleUntil: rules.eligibleUntil ?? '',
  };
}

/** The allowed flat-rate types in their canonical order: the order they are sent in. */
export function chosenFlatRates(values: RuleSetFormValues): FlatRateType[] {
  return FLAT_RATE_TYPES.filter((type) => values.flatRates[type] !== undefined);
}

const number = (value: string) => Number(value.trim().replace(',', '.'));

export function formToRuleSet(values: RuleSetFormValues): RuleSet {
  return {
    costCategories: COST_CATEGORIES.filter((category) => values.costCategories.includes(category)),
    flatRates: chosenFlatRates(values).map((type) => ({ type, maxPercent: number(values.flatRates[type] ?? '') })),
    maxCoFinancingPercent: number(values.maxCoFinancingPercent),
    currencyConversion: values.currencyConversion as CurrencyConversion,
    reportingPeriodMonths: number(values.reportingPeriodMonths),
    retentionYears: number(values.retentionYears),
    stateAidRetentionYears: number(values.stateAidRetentionYears),
    eligibleUntil: values.eligibleUntil.trim() || null,
  };
}

/** Required values only (ranges are the server's to judge); keys as {@link ruleSetServerErrors} gives them. */
export function validateRuleSetForm(values: RuleSetFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of ['maxCoFinancingPercent', 'currencyConversion', 'reportingPeriodMonths', 'retentionYears', 'stateAidRetentionYears'] as const) {
    if (!values[key].trim()) errors[key] = required;
  }
  for (const type of chosenFlatRates(values)) {
    if (!values.flatRates[type]?.trim()) errors[`flatRate.${type}`] = required;
  }
  return errors;
}

/**
 * Server errors of the rule set by editor field: "rules.flatRates[1].maxPercent" names the second
 * flat rate sent, so it becomes "flatRate.<its type>"; "rules.costCategories[0]" becomes "costCategories".
 */
export function ruleSetServerErrors(problem: Problem | undefined, values: RuleSetFormValues): Record<string, string> {
  const sent = chosenFlatRates(values);
  const result: Record<string, string> = {};
  const add = (key: string, message: string) => (result[key] = result[key] ? `${result[key]} ${message}` : message);
  for (const { field, message } of problem?.errors ?? []) {
    if (!field?.startsWith('rules')) continue;
    const flatRate = /^rules\.flatRates\[(\d+)\]/.exec(field);
    const type = flatRate ? sent[Number(flatRate[1])] : undefined;
    if (type) add(`flatRate.${type}`, message);
    else if (field === 'rules') add('rules', message);
    else add(fieldKey(field.split('.')[1] ?? field), message);
  }
  return result;
}
