/** The organisation form's values and their mapping to and from the API; lists are typed as text. */
import type { Problem } from '@/lib/api/problem';
import type { OrganisationType, PartnerContact, PartnerRequest, PartnerView } from '@/lib/api/types';
import { joinList, splitList } from '@/lib/text-list';

export interface ContactFormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PartnerFormValues {
  legalName: string;
  englishName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string;
  city: string;
  type: OrganisationType | '';
  pic: string;
  vatNumber: string;
  website: string;
  /** One per line or separated by commas. */
  expertise: string;
  /** ISO 639-1 codes separated by commas, e.g. "sv, en". */
  languages: string;
  description: string;
  twinTown: boolean;
  /** One per line or separated by commas. */
  networks: string;
  contacts: ContactFormValues[];
}

export const PARTNER_FORM_FIELDS = [
  'legalName',
  'englishName',
  'country',
  'region',
  'city',
  'type',
  'pic',
  'vatNumber',
  'website',
  'expertise',
  'languages',
  'description',
  'twinTown',
  'networks',
  'contacts',
] as const;

export function emptyContact(): ContactFormValues {
  return { name: '', role: '', email: '', phone: '' };
}

export function emptyPartnerForm(): PartnerFormValues {
  return {
    legalName: '',
    englishName: '',
    country: '',
    region: '',
    city: '',
    type: '',
    pic: '',
    vatNumber: '',
    website: '',
    expertise: '',
    languages: '',
    description: '',
    twinTown: false,
    networks: '',
    contacts: [],
  };
}

export function partnerToForm(partner: PartnerView): PartnerFormValues {
  return {
    legalName: partner.legalName,
    englishName: partner.englishName ?? '',
    country: partner.country ?? '',
    region: partner.region ?? '',
    city: partner.city ?? '',
    type: partner.type,
    pic: partner.pic ?? '',
    vatNumber: partner.vatNumber ?? '',
    website: partner.website ?? '',
    expertise: partner.expertise.join('\n'),
    languages: joinList(partner.languages),
    description: partner.description ?? '',
    twinTown: partner.twinTown,
    networks: partner.networks.join('\n'),
    contacts: partner.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

const optional = (value: string) => value.trim() || undefined;

function formToContact(contact: ContactFormValues): PartnerContact {
  return { name: contact.name.trim(), role: optional(contact.role), email: optional(contact.email), phone: optional(contact.phone) };
}

export function formToPartnerRequest(values: PartnerFormValues): PartnerRequest {
  return {
    legalName: values.legalName.trim(),
    englishName: optional(values.englishName),
    country: values.country.trim().toUpperCase(),
    region: optional(values.region),
    city: optional(values.city),
    type: values.type as OrganisationType,
    // PIC: digits only, as people often write it with spaces.
    pic: optional(values.pic.replace(/\s+/g, '')),
    vatNumber: optional(values.vatNumber.replace(/\s+/g, '').toUpperCase()),
    website: optional(values.website),
    expertise: splitList(values.expertise),
    languages: splitList(values.languages).map((code) => code.toLowerCase()),
    description: optional(values.description),
    twinTown: values.twinTown,
    networks: splitList(values.networks),
    contacts: values.contacts.map(formToContact),
  };
}

/** The error key of a contact row's field, e.g. "contacts.0.name". */
export function contactErrorKey(index: number, field: keyof ContactFormValues): string {
  return `contacts.${index}.${field}`;
}

/** Required fields only; PIC, VAT number, country and languages are the server's to judge. */
export function validatePartnerForm(values: PartnerFormValues, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.legalName.trim()) errors.legalName = required;
  if (!values.country) errors.country = required;
  if (!values.type) errors.type = required;
  values.contacts.forEach((contact, index) => {
    if (!contact.name.trim()) errors[contactErrorKey(index, 'name')] = required;
  });
  return errors;
}

const CONTACT_FIELD = /^contacts\[(\d+)\]\.(name|role|email|phone)$/;

/** Server errors of contact rows ("contacts[1].email") land at that row's field, not at the organisation's. */
export function contactFieldErrors(problem: Problem): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const match = field ? CONTACT_FIELD.exec(field) : null;
    if (!match) continue;
    const key = contactErrorKey(Number(match[1]), match[2] as keyof ContactFormValues);
    result[key] = result[key] ? `${result[key]} ${message}` : message;
  }
  return result;
}

/** Whether a server error names a contact row's field (shown there, not in the form's alert). */
export function isContactField(field: string): boolean {
  return CONTACT_FIELD.test(field);
}
