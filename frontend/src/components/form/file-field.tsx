/** A labelled file input with hint and error; the parent reads the chosen file. */
import type { RefObject } from 'react';
import { FieldShell } from './field-shell';

interface FileFieldProps {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  accept?: string;
  required?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange: (file: File | null) => void;
}

export function FileField({ formId, name, label, hint, error, accept, required, inputRef, onChange }: FileFieldProps) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input {...control} ref={inputRef} name={name} type="file" accept={accept} onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
      )}
    </FieldShell>
  );
}
