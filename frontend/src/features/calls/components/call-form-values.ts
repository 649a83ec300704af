/** The call form's values and their mapping to and from the API; times are entered in the call's own zone. */
import { RULE_SET_FIELDS, formToRuleSet, ruleSetToForm, validateRuleSetForm, type RuleSetFormValues } from '@/components/rule-set/rule-set-values';
import { APPLICANT_TYPES, type ApplicantType, type CallRequest, type CallView, type RuleSet } from '@/lib/api/types';
import { isoToWallTime, wallTimeToIso } from '@/lib/i18n/zoned-time';

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';
export const TIME_ZONES = ['Europe/Brussels', 'Europe/Stockholm', 'Europe/Luxembourg', 'UTC'] as const;

export interface CallFormValues {
  programmeId: string;
  identifier: string;
  title: string;
  description: string;
  timeZone: string;
  /** Wall times in `timeZone`, "YYYY-MM-DDTHH:mm". */
  opensAt: string;
  closesAt: string;
  budget: string;
  /** The F&T action type, e.g. "ERASMUS-LS". */
  actionType: string;
  /** EUR per grant. */
  grantMin: string;
  grantMax: string;
  expectedGrants: string;
  /** Most partners an application may have, the lead partner counted; empty for no cap. */
  maxPartners: string;
  eligibleApplicantTypes: ApplicantType[];
  /** Separated by ";" or ",". */
  topics: string;
  url: string;
  narrowRules: boolean;
  rules: RuleSetFormValues;
}

export const CALL_FORM_FIELDS = [
  'programmeId',
  'identifier',
  'title',
  'description',
  'timeZone',
  'opensAt',
  'closesAt',
  'budget',
  'actionType',
  'grantMin',
  'grantMax',
  'expectedGrants',
  'maxPartners',
  'eligibleApplicantTypes',
  'topics',
  'url',
  ...RULE_SET_FIELDS,
] as const;

export function emptyCallForm(programmeId = ''): CallFormValues {
  return {
    programmeId,
    identifier: '',
    title: '',
    description: '',
    timeZone: DEFAULT_TIME_ZONE,
    opensAt: '',
    closesAt: '',
    budget: '',
    actionType: '',
    grantMin: '',
    grantMax: '',
    expectedGrants: '',
    maxPartners: '',
    eligibleApplicantTypes: [],
    topics: '',
    url: '',
    narrowRules: false,
    rules: ruleSetToForm(null),
  };
}

export function callToForm(call: CallView): CallFormValues {
  return {
    programmeId: call.programmeId,
    identifier: call.identifier,
    title: call.title,
    description: call.description ?? '',
    timeZone: call.timeZone,
    opensAt: isoToWallTime(call.opensAt, call.timeZone),
    closesAt: isoToWallTime(call.closesAt, call.timeZone),
    budget: call.budget === null ? '' : String(call.budget),
    expectedGrants: call.expectedGrants === null ? '' : String(call.expectedGrants),
    maxPartners: call.maxPartners === null ? '' : String(call.maxPartners),
    eligibleApplicantTypes: [...call.eligibleApplicantTypes],
    topics: call.topics.join('; '),
    url: call.url ?? '',
    actionType: call.actionType ?? '',
    grantMin: call.grantMin === null ? '' : String(call.grantMin),
    grantMax: call.grantMax === null ? '' : String(call.grantMax),
    narrowRules: call.narrowsProgrammeRules,
    rules: ruleSetToForm(call.effectiveRules),
  };
}

/** Starting the narrowing from the programme's own rules: the user then only takes away. */
export function startNarrowing(values: CallFormValues, programmeRules: RuleSet | undefined): CallFormValues {
  return { ...values, narrowRules: true, rules: ruleSetToForm(programmeRules) };
}

const optional = (value: string) => value.trim() || undefined;
const optionalNumber = (value: string) => (value.trim() ? Number(value.trim().replace(',', '.')) : undefined);

export function splitTopics(text: string): string[] {
  return [...new Set(text.split(/[;,]/).map((topic) => topic.trim()).filter(Boolean))];
}

export function formToCallRequest(values: CallFormValues): CallRequest {
  return {
    programmeId: values.programmeId,
    identifier: values.identifier.trim(),
    title: values.title.trim(),
    description: optional(values.description),
    opensAt: values.opensAt ? wallTimeToIso(values.opensAt, values.timeZone) : undefined,
    closesAt: wallTimeToIso(values.closesAt, values.timeZone),
    timeZone: values.timeZone,
    budget: optionalNumber(values.budget),
    actionType: optional(values.actionType),
    grantMin: optionalNumber(values.grantMin),
    grantMax: optionalNumber(values.grantMax),
    expectedGrants: optionalNumber(values.expectedGrants),
    maxPartners: optionalNumber(values.maxPartners),
    eligibleApplicantTypes: APPLICANT_TYPES.filter((type) => values.eligibleApplicantTypes.includes(type)),
    topics: splitTopics(values.topics),
    url: optional(values.url),
    rules: values.narrowRules ? formToRuleSet(values.rules) : undefined,
  };
}

export function validateCallForm(values: CallFormValues, required: string): Record<string, string> {
  const errors = values.narrowRules ? validateRuleSetForm(values.rules, required) : {};
  if (!values.programmeId) errors.programmeId = required;
  if (!values.identifier.trim()) errors.identifier = required;
  if (!values.title.trim()) errors.title = required;
  if (!values.timeZone) errors.timeZone = required;
  if (!values.closesAt) errors.closesAt = required;
  return errors;
}
