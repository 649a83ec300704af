/** The organisation's contact persons as repeatable rows: add and remove; a name is required in each. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding, focus the new row's name; after removing, the add button.
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else document.getElementById(`${formId}-contact-${focusTarget}-name`)?.focus();
    setFocusTarget(null);
  }, [focusTarget, formId]);

  const change = (index: number, field: keyof ContactFormValues) => (text: string) =>
    onChange(value.map((item, at) => (at === index ? { ...item, [field]: text } : item)));
  const add = () => {
    onChange([...value, emptyContact()]);
    setFocusTarget(value.length);
  };
  const remove = (index: number) => {
    onChange(value.filter((_item, at) => at !== index));
    setFocusTarget('add');
  };

  return (
    <fieldset className="field-group" aria-describedby={`${formId}-contacts-hint`}>
      <legend>{t('partners.contacts')}</legend>
      <p id={`${formId}-contacts-hint`} className="field__hint">
        {value.length === 0 ? t('partners.noContacts') : t('partners.contactsHint')}
      </p>
      {value.map((contact, index) => {
        const number = index + 1;
        const prefix = `contact-${index}`;
        return (
          <fieldset key={index} className="field-group">
            <legend>{t('partners.contactNumber', { number })}</legend>
            <TextField formId={formId} name={`${prefix}-name`} label={t('partners.contactName')} value={contact.name} onChange={change(index, 'name')} required error={errors[contactErrorKey(index, 'name')]} autoComplete="off" />
            <TextField formId={formId} name={`${prefix}-role`} label={t('partners.contactRole')} hint={t('partners.contactRoleHint')} value={contact.role} onChange={change(index, 'role')} error={errors[contactErrorKey(index, 'role')]} autoComplete="off" />
            <TextField formId={formId} name={`${prefix}-email`} type="email" label={t('partners.contactEmail')} value={contact.email} onChange={change(index, 'email')} error={errors[contactErrorKey(index, 'email')]} autoComplete="off" />
            <TextField formId={formId} name={`${prefix}-phone`} type="tel" label={t('partners.contactPhone')} value={contact.phone} onChange={change(index, 'phone')} error={errors[contactErrorKey(index, 'phone')]} autoComplete="off" />
            <button type="button" className="button button--secondary" onClick={() => remove(index)}>
              {t('partners.removeContact', { number })}
            </button>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button ref={addRef} type="button" className="button button--secondary" onClick={add}>
          {t('partners.addContact')}
        </button>
      </div>
    </fieldset>
  );
}
