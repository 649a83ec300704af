/** Create/edit form of a programme with its rule set; errors from the server are shown at their fields. */
import { useTranslation } from 'react-i18next';
import { FormShell, fieldSetter, type RecordFormProps } from '@/components/form/form-shell';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { RuleSetEditor } from '@/components/rule-set/rule-set-editor';
import { FUNDS } from '@/lib/api/types';
import { PROGRAMME_FORM_FIELDS, type ProgrammeFormValues } from './programme-form-values';

type ProgrammeFormProps = RecordFormProps<ProgrammeFormValues>;

const FORM_ID = 'programme-form';

export function ProgrammeForm(props: ProgrammeFormProps) {
  const { values, onChange, fieldErrors, children } = props;
  const { t } = useTranslation();
  const set = fieldSetter(values, onChange);

  return (
    <FormShell formId={FORM_ID} form={props} fields={PROGRAMME_FORM_FIELDS}>
      {children}
      <TextField formId={FORM_ID} name="code" label={t('programmes.code')} value={values.code} onChange={set('code')} required error={fieldErrors.code} hint={t('programmes.codeHint')} autoComplete="off" />
      <SelectField
        formId={FORM_ID}
        name="fund"
        label={t('programmes.fund')}
        value={values.fund}
        onChange={(value) => set('fund')(value as ProgrammeFormValues['fund'])}
        emptyLabel={t('form.choose')}
        options={FUNDS.map((fund) => ({ value: fund, label: t(`fund.${fund}`) }))}
        required
        error={fieldErrors.fund}
      />
      <TextField formId={FORM_ID} name="name" label={t('programmes.name')} value={values.name} onChange={set('name')} required error={fieldErrors.name} autoComplete="off" />
      <TextField
        formId={FORM_ID}
        name="managingAuthority"
        label={t('programmes.managingAuthority')}
        value={values.managingAuthority}
        onChange={set('managingAuthority')}
        error={fieldErrors.managingAuthority}
        autoComplete="off"
      />
      <RuleSetEditor formId={FORM_ID} legend={t('programmes.rules')} values={values.rules} onChange={set('rules')} errors={fieldErrors} />
    </FormShell>
  );
}
