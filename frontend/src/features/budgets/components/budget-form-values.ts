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

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The typed text as a JSON number: spaces dropped, a decimal comma read as a point; empty or unreadable text is `null`. */
export function parseNumber(value: string): number | null {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!cleaned) return null;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : null;
}

export function contentToForm(content: BudgetContent): BudgetForm {
  return {
    currency: content.currency,
    sekPerEur: text(content.sekPerEur),
    partners: content.partners.map((plan) => ({
      partnerId: plan.partnerId,
      flatRates: plan.flatRates.map((rate) => ({ type: rate.type, percent: text(rate.percent) })),
      euRatePercent: text(plan.euRatePercent),
      contributions: Object.fromEntries(Object.entries(plan.contributions).map(([source, amount]) => [source, text(amount)])),
    })),
    lines: content.lines.map((line) => {
      const numbers = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, text(line[field])])) as Record<LineNumberField, string>;
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
