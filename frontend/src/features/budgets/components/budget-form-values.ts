/**
 * The budget as the user types it: every number kept as the typed text, sent as a number parsed from
 * that text (never computed here; the server sums, converts and derives the flat rates).
 */
import type { BudgetContent, BudgetLine, ContributionSource, CostCategory, Currency, FlatRateType, LineKind, PartnerPlan } from '@/lib/api/types';

export type LineNumberField = 'amount' | 'quantity' | 'unitPrice' | 'annualGrossCost' | 'monthlySalary' | 'employmentPercent' | 'hours';

export interface LineForm extends Record<LineNumberField, string> {
  id: string;
  partnerId: string;
  category: CostCategory;
  period: string;
  kind: LineKind;
  currency: Currency;
  description: string;
  /** External expertise only: the work is subcontracted (outside Horizon Europe's indirect base). */
  subcontracting: boolean;
}

export interface PlanForm {
  partnerId: string;
  flatRates: { type: FlatRateType; percent: string }[];
  euRatePercent: string;
  contributions: Partial<Record<ContributionSource, string>>;
}

export interface BudgetForm {
  currency: Currency;
  sekPerEur: string;
  partners: PlanForm[];
  lines: LineForm[];
}

/** The amount fields each kind of line takes, in the order they are shown. */
export const LINE_FIELDS: Record<LineKind, LineNumberField[]> = {
  REAL_COST: ['amount', 'quantity', 'unitPrice'],
  STAFF_HOURLY: ['annualGrossCost', 'monthlySalary', 'employmentPercent', 'hours'],
  UNIT_COST: ['quantity', 'unitPrice'],
  LUMP_SUM: ['amount'],
};

const NUMBER_FIELDS: LineNumberField[] = ['amount', 'quantity', 'unitPrice', 'annualGrossCost', 'monthlySalary', 'employmentPercent', 'hours'];

/**
 * A number as the user's language writes it in a field, without grouping so that it edits easily:
 * 11.483 → "11,483" in Swedish; `minDecimals` pads (the planning rate 11,4830, money 1234,50).
 */
export function numberText(value: number | null | undefined, language = 'sv', minDecimals = 0): string {
  if (value === null || value === undefined) return '';
  const decimals = Math.max(minDecimals, (String(value).split('.')[1] ?? '').length);
  const plain = value.toFixed(Math.min(decimals, 20));
  return language === 'en' ? plain : plain.replace('.', ',');
}

/** Money as typed text: whole amounts stay whole ("36000"), others get their cents ("1234,50"). */
export function moneyText(value: number | null | undefined, language = 'sv'): string {
  return value !== null && value !== undefined && !Number.isInteger(value) ? numberText(value, language, 2) : numberText(value, language);
}

/**
 * The typed text as a JSON number, a decimal comma and a decimal point both read: spaces (also
 * non-breaking) and apostrophes are dropped; with both separators the last one is the decimal mark
 * ("1.234,50", "1,234.50"); a separator repeated between groups of three digits groups thousands
 * ("1.234.567"). Empty or unreadable text is `null`.
 */
export function parseNumber(value: string): number | null {
  let cleaned = value.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^\u2212/, '-');
  if (!cleaned) return null;
  const lastComma = cleaned.lastIndexOf(',');
  const lastPoint = cleaned.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? ',' : '.';
    cleaned = cleaned
      .split(decimal === ',' ? '.' : ',')
      .join('')
      .replace(decimal, '.');
  } else if (lastComma >= 0 || lastPoint >= 0) {
    const parts = cleaned.split(lastComma >= 0 ? ',' : '.');
    if (parts.length > 2) {
      if (!/^-?\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((group) => /^\d{3}$/.test(group))) return null;
      cleaned = parts.join('');
    } else cleaned = parts.join('.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : null;
}

const MONEY_FIELDS = new Set<LineNumberField>(['amount', 'unitPrice', 'annualGrossCost', 'monthlySalary']);

/** The saved budget as the user edits it, its numbers written the way the user's language writes them. */
export function contentToForm(content: BudgetContent, language = 'sv'): BudgetForm {
  return {
    currency: content.currency,
    sekPerEur: numberText(content.sekPerEur, language, 4),
    partners: content.partners.map((plan) => ({
      partnerId: plan.partnerId,
      flatRates: plan.flatRates.map((rate) => ({ type: rate.type, percent: numberText(rate.percent, language) })),
      euRatePercent: numberText(plan.euRatePercent, language),
      contributions: Object.fromEntries(Object.entries(plan.contributions).map(([source, amount]) => [source, moneyText(amount, language)])),
    })),
    lines: content.lines.map((line) => {
      const numbers = Object.fromEntries(
        NUMBER_FIELDS.map((field) => [field, MONEY_FIELDS.has(field) ? moneyText(line[field], language) : numberText(line[field], language)]),
      ) as Record<LineNumberField, string>;
      return {
        id: line.id,
        partnerId: line.partnerId,
        category: line.category,
        period: String(line.period),
        kind: line.kind,
        currency: line.currency,
        description: line.description ?? '',
        subcontracting: line.subcontracting === true,
        ...numbers,
      };
    }),
  };
}

export function formToContent(form: BudgetForm): BudgetContent {
  return {
    currency: form.currency,
    sekPerEur: parseNumber(form.sekPerEur),
    partners: form.partners.map(
      (plan) =>
        ({
          partnerId: plan.partnerId,
          flatRates: plan.flatRates.map((rate) => ({ type: rate.type, percent: parseNumber(rate.percent) })),
          euRatePercent: parseNumber(plan.euRatePercent),
          contributions: Object.fromEntries(
            Object.entries(plan.contributions)
              .filter(([, amount]) => amount?.trim())
              .map(([source, amount]) => [source, parseNumber(amount ?? '')]),
          ),
        }) as PartnerPlan,
    ),
    lines: form.lines.map((line) => {
      const result: BudgetLine = {
        id: line.id,
        partnerId: line.partnerId,
        category: line.category,
        period: Number(line.period),
        kind: line.kind,
        currency: line.currency,
        description: line.description.trim() || null,
      };
      // Only the fields of the line's kind are sent, so a changed kind leaves no stale amount behind.
      for (const field of LINE_FIELDS[line.kind]) result[field] = parseNumber(line[field]);
      if (line.subcontracting && line.category === 'EXTERNAL_EXPERTISE') result.subcontracting = true;
      return result;
    }),
  };
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `line-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function emptyLine(partnerId: string, category: CostCategory, currency: Currency): LineForm {
  return {
    id: newId(),
    partnerId,
    category,
    period: '1',
    kind: 'REAL_COST',
    currency,
    description: '',
    subcontracting: false,
    amount: '',
    quantity: '',
    unitPrice: '',
    annualGrossCost: '',
    monthlySalary: '',
    employmentPercent: '',
    hours: '',
  };
}

export function emptyPlan(partnerId: string): PlanForm {
  return { partnerId, flatRates: [], euRatePercent: '', contributions: {} };
}

export function newBudgetForm(partnerIds: string[]): BudgetForm {
  return { currency: 'SEK', sekPerEur: '', partners: partnerIds.map(emptyPlan), lines: [] };
}
