/** The work packages of an application: add and remove packages; activities and deliverables one per line. */
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '@/components/form/repeatable-rows';
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
  return (
    <RepeatableRows
      id={`${formId}-workPackages`}
      value={value}
      onChange={onChange}
      empty={emptyWorkPackage}
      firstFieldId={(index) => `${formId}-wp-${index}-title`}
      legend={t('applications.workPackages')}
      describedBy={`${formId}-wp-hint`}
      intro={
        <p id={`${formId}-wp-hint`} className="field__hint">
          {value.length === 0 ? t('applications.noWorkPackages') : t('applications.linesHint')}
        </p>
      }
      rowLegend={(_workPackage, number) => t('applications.workPackage', { number })}
      removeLabel={(number) => t('applications.removeWorkPackage', { number })}
      addLabel={t('applications.addWorkPackage')}
    >
      {(workPackage, index, change) => {
        const field = (name: keyof WorkPackageFormValues) => ({
          formId,
          name: `wp-${index}-${name}`,
          value: workPackage[name],
          onChange: change(name),
          error: errors[workPackageErrorKey(index, name)],
        });
        return (
          <>
            <TextField {...field('title')} label={t('applications.wpTitle')} required autoComplete="off" />
            <TextAreaField {...field('description')} label={t('applications.wpDescription')} rows={3} />
            <TextAreaField {...field('activities')} label={t('applications.activities')} hint={t('applications.linesHint')} rows={3} />
            <TextAreaField {...field('deliverables')} label={t('applications.deliverables')} hint={t('applications.linesHint')} rows={3} />
          </>
        );
      }}
    </RepeatableRows>
  );
}
