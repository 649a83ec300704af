/** The twin-town form's values, to and from the API. */
import type { ChosenOrganisation } from '@/components/organisation-picker/organisation-picker';
import type { Row } from '@/components/form/rows-editor';
import type { AgreementKind, TwinTownView } from '@/lib/api/types';
import type { TwinTownRequest } from '../api/twin-towns';

export interface TwinTownFormValues {
  organisation: ChosenOrganisation | null;
  name: string;
  agreementKind: string;
  signedOn: string;
  renewedOn: string;
  notes: string;
  contacts: Row[];
}

export const emptyTwinTownForm: TwinTownFormValues = {
  organisation: null,
  name: '',
  agreementKind: 'TWIN_TOWN',
  signedOn: '',
  renewedOn: '',
  notes: '',
  contacts: [],
};

export function twinTownToForm(town: TwinTownView): TwinTownFormValues {
  return {
    organisation: { id: town.organisationId, name: town.organisationName },
    name: town.name,
    agreementKind: town.agreementKind,
    signedOn: town.signedOn ?? '',
    renewedOn: town.renewedOn ?? '',
    notes: town.notes ?? '',
    contacts: town.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function formToTwinTownRequest(values: TwinTownFormValues): TwinTownRequest {
  return {
    organisationId: values.organisation?.id ?? '',
    name: values.name.trim(),
    agreementKind: values.agreementKind as AgreementKind,
    signedOn: values.signedOn || null,
    renewedOn: values.renewedOn || null,
    notes: orNull(values.notes),
    contacts: values.contacts.map((row) => ({
      name: row.name.trim(),
      role: orNull(row.role),
      email: orNull(row.email),
      phone: orNull(row.phone),
    })),
  };
}
