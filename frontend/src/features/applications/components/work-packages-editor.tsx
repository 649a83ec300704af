/** The work packages of an application: add and remove packages; activities and deliverables one per line. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { emptyWorkPackage, workPackageErrorKey, type WorkPackageFormValues } from './application-form-values';

interface WorkPackagesEditorProps {
  formId: string;
  value: WorkPackageFormValues[];
  onChange: (value: WorkPackageFormValues[]) => void;
  /** Keyed by {@link workPackageErrorKey}. */
  errors: Record<string, string>;
}

export function WorkPackagesEditor({ formId, value, onChange, errors }: WorkPackagesEditorProps) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding, focus the new package's first field; after removing, the add button.
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else document.getElementById(`${formId}-wp-${focusTarget}-title`)?.focus();
    setFocusTarget(null);
  }, [focusTarget, formId]);

  const change = (index: number, field: keyof WorkPackageFormValues) => (text: string) =>
    onChange(value.map((item, at) => (at === index ? { ...item, [field]: text } : item)));
  const add = () => {
    onChange([...value, emptyWorkPackage()]);
    setFocusTarget(value.length);
  };
  const remove = (index: number) => {
    onChange(value.filter((_item, at) => at !== index));
    setFocusTarget('add');
  };

  return (
    <fieldset id={`${formId}-workPackages`} className="field-group" aria-describedby={`${formId}-wp-hint`}>
      <legend>{t('applications.workPackages')}</legend>
      <p id={`${formId}-wp-hint`} className="field__hint">
        {value.length === 0 ? t('applications.noWorkPackages') : t('applications.linesHint')}
      </p>
      {value.map((workPackage, index) => {
        const number = index + 1;
        const prefix = `wp-${index}`;
        return (
          <fieldset key={index} className="field-group">
            <legend>{t('applications.workPackage', { number })}</legend>
            <TextField
              formId={formId}
              name={`${prefix}-title`}
              label={t('applications.wpTitle')}
              value={workPackage.title}
              onChange={change(index, 'title')}
              required
              error={errors[workPackageErrorKey(index, 'title')]}
              autoComplete="off"
            />
            <TextAreaField
              formId={formId}
              name={`${prefix}-description`}
              label={t('applications.wpDescription')}
              value={workPackage.description}
              onChange={change(index, 'description')}
              error={errors[workPackageErrorKey(index, 'description')]}
              rows={3}
            />
            <TextAreaField
              formId={formId}
              name={`${prefix}-activities`}
              label={t('applications.activities')}
              hint={t('applications.linesHint')}
              value={workPackage.activities}
              onChange={change(index, 'activities')}
              error={errors[workPackageErrorKey(index, 'activities')]}
              rows={3}
            />
            <TextAreaField
              formId={formId}
              name={`${prefix}-deliverables`}
              label={t('applications.deliverables')}
              hint={t('applications.linesHint')}
              value={workPackage.deliverables}
              onChange={change(index, 'deliverables')}
              error={errors[workPackageErrorKey(index, 'deliverables')]}
              rows={3}
            />
            <button type="button" className="button button--secondary" onClick={() => remove(index)}>
              {t('applications.removeWorkPackage', { number })}
            </button>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button ref={addRef} type="button" className="button button--secondary" onClick={add}>
          {t('applications.addWorkPackage')}
        </button>
      </div>
    </fieldset>
  );
}
