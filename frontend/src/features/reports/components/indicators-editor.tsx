/** A progress report's indicators: code, name, type, unit, target and this period's figure, with the server's previous and cumulative figures beside them. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else document.getElementById(`${formId}-indicator-${focusTarget}-code`)?.focus();
    setFocusTarget(null);
  }, [focusTarget, formId]);

  const change = (index: number, field: keyof IndicatorFormValues) => (text: string) =>
    onChange(value.map((item, at) => (at === index ? { ...item, [field]: text } : item)));

  return (
    <fieldset className="field-group">
      <legend>{t('reports.field.indicators')}</legend>
      {value.length === 0 && <p className="field__hint">{t('reports.noIndicators')}</p>}
      {value.map((indicator, index) => {
        const prefix = `indicator-${index}`;
        const known = progress.find((item) => item.code === indicator.code);
        const common = (field: keyof IndicatorFormValues) => ({
          formId,
          name: `${prefix}-${field}`,
          value: indicator[field],
          onChange: change(index, field),
          error: errors[indicatorErrorKey(index, field)],
        });
        return (
          <fieldset key={index} className="field-group">
            <legend>{t('reports.indicatorNumber', { number: index + 1, name: indicator.name || indicator.code })}</legend>
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
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(value.filter((_item, at) => at !== index));
                setFocusTarget('add');
              }}
            >
              {t('reports.removeIndicator', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addRef}
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange([...value, emptyIndicator()]);
          setFocusTarget(value.length);
        }}
      >
        {t('reports.addIndicator')}
      </button>
    </fieldset>
  );
}
