/** The organisation's contact persons as repeatable rows: add and remove; a name is required in each. */
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { TextField } from '@/components/form/text-field';
import { contactErrorKey, emptyContact, type ContactFormValues } from './partner-form-values';

interface ContactsEditorProps {
  formId: string;
  value: ContactFormValues[];
  onChange: (value: ContactFormValues[]) => void;
  /** Keyed by {@link contactErrorKey}. */
  errors: Record<string, string>;
}

export function ContactsEditor({ formId, value, onChange, errors }: ContactsEditorProps) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      value={value}
      onChange={onChange}
      empty={emptyContact}
      firstFieldId={(index) => `${formId}-contact-${index}-name`}
      legend={t('partners.contacts')}
      describedBy={`${formId}-contacts-hint`}
      intro={
        <p id={`${formId}-contacts-hint`} className="field__hint">
          {value.length === 0 ? t('partners.noContacts') : t('partners.contactsHint')}
        </p>
      }
      rowLegend={(_contact, number) => t('partners.contactNumber', { number })}
      removeLabel={(number) => t('partners.removeContact', { number })}
      addLabel={t('partners.addContact')}
    >
      {(contact, index, change) => {
        const field = (name: keyof ContactFormValues) => ({
          formId,
          name: `contact-${index}-${name}`,
          value: contact[name],
          onChange: change(name),
          error: errors[contactErrorKey(index, name)],
          autoComplete: 'off',
        });
        return (
          <>
            <TextField {...field('name')} label={t('partners.contactName')} required />
            <TextField {...field('role')} label={t('partners.contactRole')} hint={t('partners.contactRoleHint')} />
            <TextField {...field('email')} type="email" label={t('partners.contactEmail')} />
            <TextField {...field('phone')} type="tel" label={t('partners.contactPhone')} />
          </>
        );
      }}
    </RepeatableRows>
  );
}
