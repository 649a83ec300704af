/** A partner's role in a table row: a labelled choice and a button that saves it (not saved on every change, for keyboard users). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES, type PartnerMemberView, type PartnerRole } from '@/lib/api/types';
import { BusyButton } from '@/components/busy-button';

interface PartnerRoleFormProps {
  member: PartnerMemberView;
  busy: boolean;
  onSave: (role: PartnerRole) => void;
}

export function PartnerRoleForm({ member, busy, onSave }: PartnerRoleFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<PartnerRole>(member.role);
  const id = `partner-role-${member.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(role);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('applications.partnerRoleFor', { name: member.legalName })}
      </label>
      <select id={id} value={role} onChange={(event) => setRole(event.target.value as PartnerRole)}>
        {PARTNER_ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`partnerRole.${value}`)}
          </option>
        ))}
      </select>
      <BusyButton
        type="submit"
        className="button button--secondary"
        busy={busy}
        disabled={role === member.role}
        aria-label={`${t('applications.changeRole')}: ${member.legalName}`}
      >
        {t('applications.changeRole')}
      </BusyButton>
    </form>
  );
}
