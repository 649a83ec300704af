/**
 * "Fill the rest": the one contribution source that takes what the partner's other contributions leave
 * of its remainder (total minus EU share, as the server computed it), to the cent. The sum is the
 * server's figure minus typed amounts; nothing of the budget's rules is recomputed here.
 */
import { CONTRIBUTION_SOURCES, type ContributionSource } from '@/lib/api/types';
import { moneyText, parseNumber, type PlanForm } from './budget-form-values';

const cents = (value: number) => Math.round(value * 100);

/** What the chosen source must hold so that the contributions add up to `required`; null when the others already exceed it. */
export function restFor(plan: PlanForm, source: ContributionSource, required: number): number | null {
  const others = CONTRIBUTION_SOURCES.filter((candidate) => candidate !== source).reduce((sum, candidate) => sum + cents(parseNumber(plan.contributions[candidate] ?? '') ?? 0), 0);
  const rest = cents(required) - others;
  return rest < 0 ? null : rest / 100;
}

/** The plan with the rest in the chosen source (other sources untouched), or null when the rest would be negative. */
export function fillRemainder(plan: PlanForm, source: ContributionSource, required: number, language = 'sv'): PlanForm | null {
  const rest = restFor(plan, source, required);
  if (rest === null) return null;
  return { ...plan, contributions: { ...plan.contributions, [source]: moneyText(rest, language) } };
}

/** The source offered first: the one already carrying the most, else the municipality's own funds. */
export function defaultRestSource(plan: PlanForm): ContributionSource {
  let best: ContributionSource = 'OWN_MUNICIPAL_FUNDS';
  let most = 0;
  for (const source of CONTRIBUTION_SOURCES) {
    const amount = parseNumber(plan.contributions[source] ?? '') ?? 0;
    if (amount > most) [best, most] = [source, amount];
  }
  return best;
}
