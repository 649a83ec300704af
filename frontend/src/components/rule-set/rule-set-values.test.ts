import { describe, expect, it } from 'vitest';
import type { RuleSet } from '@/lib/api/types';
import { formToRuleSet, ruleSetServerErrors, ruleSetToForm, validateRuleSetForm } from './rule-set-values';

const rules: RuleSet = {
  costCategories: ['STAFF', 'TRAVEL_ACCOMMODATION'],
  flatRates: [
    { type: 'INDIRECT_ON_DIRECT_COSTS', maxPercent: 7 },
    { type: 'OFFICE_ON_STAFF_COSTS', maxPercent: 15 },
  ],
  maxCoFinancingPercent: 80,
  currencyConversion: 'INFOREURO_MONTHLY',
  reportingPeriodMonths: 6,
  retentionYears: 5,
  stateAidRetentionYears: 10,
  eligibleUntil: '2029-12-31',
};

describe('rule set form values', () => {
  it('round-trips a rule set, in canonical order', () => {
    const values = ruleSetToForm(rules);
    values.costCategories = ['TRAVEL_ACCOMMODATION', 'STAFF'];
    expect(formToRuleSet(values)).toEqual(rules);
  });

  it('reads a decimal comma', () => {
    const values = { ...ruleSetToForm(rules), maxCoFinancingPercent: '62,5' };
    expect(formToRuleSet(values).maxCoFinancingPercent).toBe(62.5);
  });

  it('requires the numbers and a percentage for each allowed flat rate', () => {
    const values = { ...ruleSetToForm(rules), retentionYears: ' ', flatRates: { OFFICE_ON_STAFF_COSTS: '' } };
    expect(validateRuleSetForm(values, 'Krävs')).toEqual({ retentionYears: 'Krävs', 'flatRate.OFFICE_ON_STAFF_COSTS': 'Krävs' });
  });

  it('puts a server error about the n-th flat rate sent at that flat rate', () => {
    const problem = {
      errors: [
        { field: 'rules.flatRates[1].maxPercent', message: 'Högst 10 i programmet.' },
        { field: 'rules.maxCoFinancingPercent', message: 'Högst 80.' },
        { field: 'rules.costCategories[0]', message: 'Inte tillåten.' },
        { field: 'title', message: 'Saknas.' },
      ],
    };
    expect(ruleSetServerErrors(problem, ruleSetToForm(rules))).toEqual({
      'flatRate.OFFICE_ON_STAFF_COSTS': 'Högst 10 i programmet.',
      maxCoFinancingPercent: 'Högst 80.',
      costCategories: 'Inte tillåten.',
    });
  });
});
