/** The partner search form's values and their mapping to and from the API. */
import { ORGANISATION_TYPES, PARTNER_ROLES, type OrganisationType, type PartnerRole, type PartnerSearchRequest, type PartnerSearchView, type SearchStatus } from '@/lib/api/types';
import { splitList } from '@/lib/text-list';

export interface SearchFormValues {
  unitId: string;
  applicationId: string;
  ideaId: string;
  callId: string;
  title: string;
  /** What the project is about, in any language: it ranks the matches. */
  topic: string;
  roles: PartnerRole[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  organisationTypes: OrganisationType[];
  /** One per line or separated by commas. */
  expertise: string;
  interestDeadline: string;
  status: SearchStatus;
}

export const SEARCH_FORM_FIELDS = [
  'unitId',
  'applicationId',
  'ideaId',
  'callId',
  'title',
  'topic',
  'roles',
  'countries',
  'organisationTypes',
  'expertise',
  'interestDeadline',
  'status',
] as const;

export function emptySearchForm(prefill: Partial<Pick<SearchFormValues, 'unitId' | 'applicationId' | 'ideaId' | 'callId'>> = {}): SearchFormValues {
  return {
    unitId: '',
    applicationId: '',
    ideaId: '',
    callId: '',
    title: '',
    topic: '',
    roles: [],
    countries: [],
    organisationTypes: [],
    expertise: '',
    interestDeadline: '',
    status: 'OPEN',
    ...prefill,
  };
}

export function searchToForm(search: PartnerSearchView): SearchFormValues {
  return {
    unitId: search.unitId,
    applicationId: search.applicationId ?? '',
    ideaId: search.ideaId ?? '',
    callId: search.callId ?? '',
    title: search.title,
    topic: search.topic,
    roles: [...search.roles],
    countries: [...search.countries],
    organisationTypes: [...search.organisationTypes],
    expertise: search.expertise.join('\n'),
    interestDeadline: search.interestDeadline ?? '',
    status: search.status,
  };
}

export function formToSearchRequest(values: SearchFormValues): PartnerSearchRequest {
  return {
    unitId: values.unitId,
    applicationId: values.applicationId || undefined,
    ideaId: values.ideaId || undefined,
    callId: values.callId || undefined,
    title: values.title.trim(),
    topic: values.topic.trim(),
    // In the order the form lists them, whatever order they were ticked in.
    roles: PARTNER_ROLES.filter((role) => values.roles.includes(role)),
    countries: [...values.countries].sort(),
    organisationTypes: ORGANISATION_TYPES.filter((type) => values.organisationTypes.includes(type)),
    expertise: splitList(values.expertise),
    interestDeadline: values.interestDeadline || undefined,
    status: values.status,
  };
}

/** Required fields only; the rest is the server's to judge. */
export function validateSearchForm(values: SearchFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.unitId) errors.unitId = required;
  if (!values.title.trim()) errors.title = required;
  if (!values.topic.trim()) errors.topic = required;
  return errors;
}
