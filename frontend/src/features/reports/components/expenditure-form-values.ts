/** An expenditure line as the form holds it (amounts as typed), and its request. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { CostCategory, Currency, ExpenditureRequest, ExpenditureView } from '@/lib/api/types';
import { parseNumber } from './report-form-values';

export interface ExpenditureFormValues {
  partnerId: string;
  category: CostCategory | '';
  spentOn: string;
  supplier: string;
  description: string;
  invoiceNumber: string;
  paidOn: string;
  amount: string;
  currency: Currency;
  vatAmount: string;
  vatRecoverable: boolean;
}

export const EXPENDITURE_FIELDS = [
  'partnerId',
  'category',
  'spentOn',
  'supplier',
  'description',
  'invoiceNumber',
  'paidOn',
  'amount',
  'currency',
  'vatAmount',
  'vatRecoverable',
] as const;

export function emptyExpenditure(currency: Currency, partnerId = ''): ExpenditureFormValues {
  return {
    partnerId,
    category: '',
    spentOn: '',
    supplier: '',
    description: '',
    invoiceNumber: '',
    paidOn: '',
    amount: '',
    currency,
    vatAmount: '',
    vatRecoverable: false,
  };
}

/** Amounts shown as typed in Swedish: "42000.5" → "42000,5". */
const amountText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace('.', ','));

export function expenditureToForm(line: ExpenditureView): ExpenditureFormValues {
  return {
    partnerId: line.partnerId,
    category: line.category,
    spentOn: line.spentOn,
    supplier: line.supplier,
    description: line.description,
    invoiceNumber: line.invoiceNumber ?? '',
    paidOn: line.paidOn ?? '',
    amount: amountText(line.amount),
    currency: line.currency,
    vatAmount: line.vatAmount ? amountText(line.vatAmount) : '',
    vatRecoverable: line.vatRecoverable,
  };
}

export function formToExpenditureRequest(values: ExpenditureFormValues): ExpenditureRequest {
  const vat = values.vatAmount.trim();
  return {
    partnerId: values.partnerId,
    category: values.category as CostCategory,
    spentOn: values.spentOn,
    supplier: values.supplier.trim(),
    description: values.description.trim(),
    invoiceNumber: values.invoiceNumber.trim() || null,
    paidOn: values.paidOn || null,
    amount: parseNumber(values.amount),
    currency: values.currency,
    vatAmount: vat ? parseNumber(vat) : null,
    vatRecoverable: values.vatRecoverable,
  };
}

/** Required fields, and amounts that are numbers (the amount above zero). */
export function validateExpenditure(values: ExpenditureFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of ['partnerId', 'category', 'spentOn', 'supplier', 'description', 'amount'] as const) {
    if (!values[field].trim()) errors[field] = t('form.requiredError');
  }
  const amount = parseNumber(values.amount);
  if (!errors.amount && !(Number.isFinite(amount) && amount > 0)) errors.amount = t('reports.amountPositive');
  if (values.vatAmount.trim()) {
    const vat = parseNumber(values.vatAmount);
    if (!(Number.isFinite(vat) && vat >= 0)) errors.vatAmount = t('reports.notANumber');
  }
  return errors;
}

export function expenditureConflictRows(values: ExpenditureFormValues, latest: ExpenditureView, t: TFunction): ConflictRow[] {
  const theirs = expenditureToForm(latest);
  const shown = (form: ExpenditureFormValues, field: (typeof EXPENDITURE_FIELDS)[number]) => {
    if (field === 'vatRecoverable') return form.vatRecoverable ? t('common.yes') : t('common.no');
    if (field === 'category') return form.category ? t(`costCategory.${form.category}`) : '';
    return form[field];
  };
  return EXPENDITURE_FIELDS.filter((field) => field !== 'partnerId').map((field) => ({
    field,
    label: t(`reports.line.${field}`),
    mine: shown(values, field),
    theirs: shown(theirs, field),
  }));
}
