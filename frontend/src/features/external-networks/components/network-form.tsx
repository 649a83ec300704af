/** Recording or changing an external network: name, description, website and the members from the municipality. */
import { useTranslation } from 'react-i18next';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { RowsEditor, rowErrors, type Row, type RowFieldSpec } from '@/components/form/rows-editor';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import type { ExternalNetworkView } from '@/lib/api/types';
import { useUnitOptions } from '@/lib/api/shared-reads';
import type { ExternalNetworkRequest } from '../api/external-networks';

const FORM_ID = 'network-form';

export interface NetworkFormValues {
  name: string;
  description: string;
  website: string;
  members: Row[];
}

export const emptyNetworkForm: NetworkFormValues = { name: '', description: '', website: '', members: [] };

export function networkToForm(network: ExternalNetworkView): NetworkFormValues {
  return {
    name: network.name,
    description: network.description ?? '',
    website: network.website ?? '',
    members: network.members.map((member) => ({
      name: member.name,
      unitId: member.unitId ?? '',
      role: member.role ?? '',
      email: member.email ?? '',
    })),
  };
}

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function formToNetworkRequest(values: NetworkFormValues): ExternalNetworkRequest {
  return {
    name: values.name.trim(),
    description: orNull(values.description),
    website: orNull(values.website),
    members: values.members.map((row) => ({ name: row.name.trim(), unitId: orNull(row.unitId), role: orNull(row.role), email: orNull(row.email) })),
  };
}

export function useMemberFields(): RowFieldSpec[] {
  const { t } = useTranslation();
  const units = useUnitOptions();
  return [
    { name: 'name', label: t('externalNetworks.memberName'), required: true },
    { name: 'unitId', label: t('externalNetworks.memberUnit'), options: (units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.code} ${unit.name}` })) },
    { name: 'role', label: t('externalNetworks.memberRole') },
    { name: 'email', label: t('externalNetworks.memberEmail'), type: 'email' },
  ];
}

export function validateNetworkForm(values: NetworkFormValues, fields: RowFieldSpec[], required: string) {
  const errors = rowErrors('members', fields, values.members, required);
  if (!values.name.trim()) errors.name = required;
  return errors;
}

interface NetworkFormProps extends RecordFormProps<NetworkFormValues> {
  memberFields: RowFieldSpec[];
}

export function NetworkForm(props: NetworkFormProps) {
  const { values, onChange, memberFields, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);
  return (
    <FormShell formId={FORM_ID} form={props} header={children}>
      <TextField formId={FORM_ID} name="name" label={t('externalNetworks.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} />
      <TextAreaField formId={FORM_ID} name="description" label={t('externalNetworks.description')} value={values.description} onChange={set('description')} rows={3} error={fieldErrors.description} />
      <TextField formId={FORM_ID} name="website" type="url" label={t('externalNetworks.website')} hint={t('externalNetworks.websiteHint')} value={values.website} onChange={set('website')} error={fieldErrors.website} />
      <RowsEditor
        formId={FORM_ID}
        list="members"
        legend={t('externalNetworks.membersTitle')}
        rowLegend={(n) => t('externalNetworks.memberN', { n })}
        fields={memberFields}
        rows={values.members}
        onChange={set('members')}
        addLabel={t('externalNetworks.addMember')}
        errors={fieldErrors}
      />
    </FormShell>
  );
}
