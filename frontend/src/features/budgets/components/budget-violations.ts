/**
 * Where each broken rule is shown: a line's at that line (by its id, or the index in "lines[3].amount"),
 * a partner's at the partner's plan ("partners[0].euRatePercent"), the rest above the budget.
 */
import type { BudgetViolation } from '@/lib/api/types';
import type { FieldProblem, Problem } from '@/lib/api/problem';
import type { BudgetForm } from './budget-form-values';

export interface PlacedViolations {
  /** lineId → field ("amount", "category", … or "" for the line as a whole) → violations. */
  lines: Map<string, Record<string, BudgetViolation[]>>;
  /** partnerId → field ("euRatePercent", "contributions", "flatRates", … or "") → violations. */
  partners: Map<string, Record<string, BudgetViolation[]>>;
  general: BudgetViolation[];
}

function push(map: Map<string, Record<string, BudgetViolation[]>>, key: string, field: string, violation: BudgetViolation) {
  const entry = map.get(key) ?? {};
  (entry[field] ??= []).push(violation);
  map.set(key, entry);
}

export function placeViolations(violations: BudgetViolation[], form: BudgetForm): PlacedViolations {
  const placed: PlacedViolations = { lines: new Map(), partners: new Map(), general: [] };
  for (const violation of violations) {
    const line = /^lines\[(\d+)\](?:\.(\w+))?/.exec(violation.field);
    const partner = /^partners\[(\d+)\](?:\.(\w+))?/.exec(violation.field);
    const lineId = violation.lineId ?? (line ? form.lines[Number(line[1])]?.id : undefined);
    if (lineId && form.lines.some((candidate) => candidate.id === lineId)) push(placed.lines, lineId, line?.[2] ?? '', violation);
    else if (partner && form.partners[Number(partner[1])]) push(placed.partners, form.partners[Number(partner[1])].partnerId, partner[2] ?? '', violation);
    else placed.general.push(violation);
  }
  return placed;
}

/**
 * A 400 on save (or on a preview the server could not read) as violations: errors[] carry field,
 * message and the rule's code; the figures (params) come from the same rule at the same field in the
 * last preview, which the server computed from the same content.
 */
export function violationsOfProblem(problem: Problem | undefined, known: BudgetViolation[] = []): BudgetViolation[] {
  return (problem?.errors ?? []).map((error: FieldProblem & { code?: string }) => {
    const code = error.code ?? problem?.code ?? '';
    const field = error.field ?? '';
    const same = known.find((violation) => violation.code === code && violation.field === field);
    return { code, field, lineId: same?.lineId ?? null, message: error.message, params: same?.params ?? {} };
  });
}
