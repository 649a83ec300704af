/** One cost line, edited in place: what it is, where it falls, its kind and the amounts that kind takes; its computed amount beside. */
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { CURRENCIES, LINE_KINDS, type BudgetViolation, type CostCategory } from '@/lib/api/types';
import { LINE_FIELDS, parseNumber, type LineForm, type LineNumberField } from './budget-form-values';
import { useCategoryLabel } from './budget-grid';
import { formatMoneyExact, useMoney } from './use-money';
import { useViolationText, ViolationList } from './violation-list';

interface BudgetLineRowProps {
  line: LineForm;
  number: number;
  categories: CostCategory[];
  periods: number;
  /** The line's amount in the budget's currency, as the server computed it. */
  amount: number | undefined;
  budgetCurrency: LineForm['currency'];
  violations: Record<string, BudgetViolation[]> | undefined;
  readOnly: boolean;
  onChange: (line: LineForm) => void;
  onRemove: () => void;
}

const SHOWN_FIELDS = new Set<string>(['description', 'category', 'period', 'kind', 'currency', 'subcontracting', 'amount', 'quantity', 'unitPrice', 'annualGrossCost', 'monthlySalary', 'employmentPercent', 'hours']);

export function BudgetLineRow({ line, number, categories, periods, amount, budgetCurrency, violations, readOnly, onChange, onRemove }: BudgetLineRowProps) {
  const { t, i18n } = useTranslation();
  const money = useMoney(budgetCurrency);
  const categoryLabel = useCategoryLabel();
  const formId = `line-${line.id}`;
  const text = useViolationText(budgetCurrency);
  const errorOf = (field: string) => {
    const found = violations?.[field];
    return found?.length ? found.map(text).join(' ') : undefined;
  };
  const lineWide = Object.entries(violations ?? {})
    .filter(([field]) => !SHOWN_FIELDS.has(field) || (!readOnly && !fieldShown(line, field)))
    .flatMap(([, list]) => list);
  const title = t('budgets.lineN', { number }) + (line.description.trim() ? `: ${line.description.trim()}` : '');
  const categoryOptions = (categories.includes(line.category) ? categories : [line.category, ...categories]).map((category) => ({ value: category, label: categoryLabel(category) }));
  const periodOptions = Array.from({ length: Math.max(periods, Number(line.period) || 1) }, (_, index) => ({ value: String(index + 1), label: t('budgets.periodN', { period: index + 1 }) }));

  if (readOnly)
    return (
      <li className="budget-line budget-line--read">
        <h4>{title}</h4>
        <dl className="details">
          <dt>{t('budgets.category')}</dt>
          <dd>{categoryLabel(line.category)}</dd>
          <dt>{t('budgets.period')}</dt>
          <dd>{t('budgets.periodN', { period: line.period })}</dd>
          <dt>{t('budgets.kind')}</dt>
          <dd>{t(`lineKind.${line.kind}`)}</dd>
          {LINE_FIELDS[line.kind]
            .filter((field) => line[field])
            .map((field) => (
              <Fragment key={field}>
                <dt>{t(`budgets.field.${field}`)}</dt>
                <dd>{isMoneyField(field) ? formatMoneyExact(parseNumber(line[field]) ?? 0, line.currency, i18n.resolvedLanguage ?? 'sv') : line[field]}</dd>
              </Fragment>
            ))}
          {line.subcontracting && (
            <>
              <dt>{t('budgets.subcontracting')}</dt>
              <dd>{t('common.yes')}</dd>
            </>
          )}
          <dt>{t('budgets.lineAmount')}</dt>
          <dd>{money.money(amount)}</dd>
        </dl>
        <ViolationList violations={Object.values(violations ?? {}).flat()} currency={budgetCurrency} />
      </li>
    );

  const set = <K extends keyof LineForm>(key: K, value: LineForm[K]) => onChange({ ...line, [key]: value });
  return (
    <li className="budget-line">
      <fieldset>
        <legend>{title}</legend>
        <ViolationList violations={lineWide} currency={budgetCurrency} />
        <div className="budget-line__fields">
          <TextField formId={formId} name="description" label={t('budgets.description')} value={line.description} maxLength={500} onChange={(value) => set('description', value)} error={errorOf('description')} />
          <SelectField formId={formId} name="category" label={t('budgets.category')} value={line.category} options={categoryOptions} onChange={(value) => set('category', value as CostCategory)} error={errorOf('category')} />
          <SelectField formId={formId} name="period" label={t('budgets.period')} value={line.period} options={periodOptions} onChange={(value) => set('period', value)} error={errorOf('period')} />
          <SelectField
            formId={formId}
            name="kind"
            label={t('budgets.kind')}
            value={line.kind}
            options={LINE_KINDS.map((kind) => ({ value: kind, label: t(`lineKind.${kind}`) }))}
            onChange={(value) => set('kind', value as LineForm['kind'])}
            error={errorOf('kind')}
          />
          <SelectField
            formId={formId}
            name="currency"
            label={t('budgets.currency')}
            value={line.currency}
            options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
            onChange={(value) => set('currency', value as LineForm['currency'])}
            error={errorOf('currency')}
          />
          {LINE_FIELDS[line.kind].map((field) => (
            <TextField
              key={field}
              formId={formId}
              name={field}
              label={t(`budgets.field.${field}`)}
              hint={hintOf(line, field, t)}
              value={line[field]}
              inputMode="decimal"
              autoComplete="off"
              onChange={(value) => set(field, value)}
              error={errorOf(field)}
            />
          ))}
          {line.category === 'EXTERNAL_EXPERTISE' && (
            <CheckboxField formId={formId} name="subcontracting" label={t('budgets.subcontracting')} checked={line.subcontracting} onChange={(value) => set('subcontracting', value)} error={errorOf('subcontracting')} />
          )}
        </div>
        <p className="budget-line__amount">
          {t('budgets.lineAmount')}: <strong>{money.money(amount)}</strong>
        </p>
        <button type="button" className="button button--secondary" onClick={onRemove} aria-label={t('budgets.removeLineNamed', { name: title })}>
          {t('budgets.removeLine')}
        </button>
      </fieldset>
    </li>
  );
}

function fieldShown(line: LineForm, field: string): boolean {
  if (field === 'subcontracting') return line.category === 'EXTERNAL_EXPERTISE';
  return ['description', 'category', 'period', 'kind', 'currency'].includes(field) || (LINE_FIELDS[line.kind] as string[]).includes(field);
}

function isMoneyField(field: LineNumberField): boolean {
  return field === 'amount' || field === 'unitPrice' || field === 'annualGrossCost' || field === 'monthlySalary';
}

function hintOf(line: LineForm, field: LineNumberField, t: TFunction): string | undefined {
  if (isMoneyField(field)) return t('budgets.inCurrency', { currency: line.currency });
  if (field === 'employmentPercent') return t('budgets.employmentHint');
  return undefined;
}
