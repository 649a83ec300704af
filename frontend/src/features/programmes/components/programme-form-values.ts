/** The programme form's values and their mapping to and from the API. */
import { RULE_SET_FIELDS, emptyRuleSetForm, formToRuleSet, ruleSetToForm, validateRuleSetForm, type RuleSetFormValues } from '@/components/rule-set/rule-set-values';
import type { Fund, ProgrammeRequest, ProgrammeView } from '@/lib/api/types';

export interface ProgrammeFormValues {
  code: string;
  fund: Fund | '';
  name: string;
  managingAuthority: string;
  rules: RuleSetFormValues;
}

export const PROGRAMME_FORM_FIELDS = ['code', 'fund', 'name', 'managingAuthority', ...RULE_SET_FIELDS] as const;

export function emptyProgrammeForm(): ProgrammeFormValues {
  return { code: '', fund: '', name: '', managingAuthority: '', rules: emptyRuleSetForm() };
}

export function programmeToForm(programme: ProgrammeView): ProgrammeFormValues {
  return {
    code: programme.code,
    fund: programme.fund,
    name: programme.name,
    managingAuthority: programme.managingAuthority ?? '',
    rules: ruleSetToForm(programme.rules),
  };
}

export function formToProgrammeRequest(values: ProgrammeFormValues): ProgrammeRequest {
  return {
    code: values.code.trim(),
    fund: values.fund as Fund,
    name: values.name.trim(),
    managingAuthority: values.managingAuthority.trim() || undefined,
    rules: formToRuleSet(values.rules),
  };
}

export function validateProgrammeForm(values: ProgrammeFormValues, required: string): Record<string, string> {
  const errors = validateRuleSetForm(values.rules, required);
  if (!values.code.trim()) errors.code = required;
  if (!values.fund) errors.fund = required;
  if (!values.name.trim()) errors.name = required;
  return errors;
}
