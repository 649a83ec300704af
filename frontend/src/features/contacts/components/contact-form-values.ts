/** The contact form's values and their mapping to and from the API. */
import { CONTACT_ROLES, type ContactPersonRequest, type ContactPersonView, type ContactRole } from '@/lib/api/types';

export interface ContactFormValues {
  unitId: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  roles: ContactRole[];
  activeFrom: string;
  activeTo: string;
}

export const CONTACT_FORM_FIELDS = ['unitId', 'name', 'title', 'email', 'phone', 'roles', 'activeFrom', 'activeTo'] as const;

export function emptyContactForm(prefill: { unitId?: string | null; role?: string | null } = {}): ContactFormValues {
  const role = CONTACT_ROLES.find((item) => item === prefill.role);
  return {
    unitId: prefill.unitId ?? '',
    name: '',
    title: '',
    email: '',
    phone: '',
    roles: role ? [role] : [],
    activeFrom: '',
    activeTo: '',
  };
}

export function contactToForm(contact: ContactPersonView): ContactFormValues {
  return {
    unitId: contact.unitId,
    name: contact.name,
    title: contact.title ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    roles: [...contact.roles],
    activeFrom: contact.activeFrom ?? '',
    activeTo: contact.activeTo ?? '',
  };
}

const optional = (value: string) => value.trim() || undefined;

export function formToContactRequest(values: ContactFormValues): ContactPersonRequest {
  return {
    unitId: values.unitId,
    name: values.name.trim(),
    title: optional(values.title),
    email: values.email.trim(),
    phone: optional(values.phone),
    // Keep the roles in their canonical order, whatever order they were ticked in.
    roles: CONTACT_ROLES.filter((role) => values.roles.includes(role)),
    activeFrom: values.activeFrom || undefined,
    activeTo: values.activeTo || undefined,
  };
}

/** Required fields only; formats and the date order are the server's to judge. */
export function validateContactForm(values: ContactFormValues, messages: { required: string; roles: string }) {
  const errors: Record<string, string> = {};
  if (!values.unitId) errors.unitId = messages.required;
  if (!values.name.trim()) errors.name = messages.required;
  if (!values.email.trim()) errors.email = messages.required;
  if (values.roles.length === 0) errors.roles = messages.roles;
  return errors;
}
