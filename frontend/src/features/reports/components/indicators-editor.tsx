/** A progress report's indicators: code, name, type, unit, target and this period's figure, with the server's previous and cumulative figures beside them. */
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { INDICATOR_TYPES, type IndicatorProgress } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { emptyIndicator, indicatorErrorKey, type IndicatorFormValues } from './report-form-values';

interface IndicatorsEditorProps {
  formId: string;
  value: IndicatorFormValues[];
  onChange: (value: IndicatorFormValues[]) => void;
  /** As the server last computed them, matched by code. */
  progress: IndicatorProgress[];
  errors: Record<string, string>;
}

export function IndicatorsEditor({ formId, value, onChange, progress, errors }: IndicatorsEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RepeatableRows
      value={value}
      onChange={onChange}
      empty={emptyIndicator}
      firstFieldId={(index) => `${formId}-indicator-${index}-code`}
      legend={t('reports.field.indicators')}
      intro={value.length === 0 && <p className="field__hint">{t('reports.noIndicators')}</p>}
      rowLegend={(indicator, number) => t('reports.indicatorNumber', { number, name: indicator.name || indicator.code })}
      removeLabel={(number) => t('reports.removeIndicator', { number })}
      addLabel={t('reports.addIndicator')}
      addInRow={false}
    >
      {(indicator, index, change) => {
        const known = progress.find((item) => item.code === indicator.code);
        const common = (field: keyof IndicatorFormValues) => ({
          formId,
          name: `indicator-${index}-${field}`,
          value: indicator[field],
          onChange: change(field),
          error: errors[indicatorErrorKey(index, field)],
        });
        return (
          <>
            <TextField {...common('code')} label={t('reports.indicatorCode')} hint={t('reports.indicatorCodeHint')} required autoComplete="off" />
            <TextField {...common('name')} label={t('reports.indicatorName')} required autoComplete="off" />
            <SelectField
              {...common('type')}
              label={t('reports.indicatorType')}
              options={INDICATOR_TYPES.map((type) => ({ value: type, label: t(`reports.indicatorTypes.${type}`) }))}
            />
            <TextField {...common('unit')} label={t('reports.indicatorUnit')} autoComplete="off" />
            <TextField {...common('target')} label={t('reports.target')} inputMode="decimal" required />
            <TextField {...common('thisPeriod')} label={t('reports.thisPeriod')} inputMode="decimal" required />
            <p className="muted" data-testid={`indicator-${index}-progress`}>
              {known
                ? t('reports.indicatorProgress', { previous: format.number(known.previous), cumulative: format.number(known.cumulative), target: format.number(known.target) })
                : t('reports.indicatorNotSaved')}
            </p>
          </>
        );
      }}
    </RepeatableRows>
  );
}
