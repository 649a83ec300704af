import { describe, expect, it } from 'vitest';
import { emptyPlan, formToContent, newBudgetForm } from './budget-form-values';
import { defaultRestSource, fillRemainder, restFor } from './fill-remainder';

describe('fill the rest', () => {
  // The demo school-yard budget after its travel line went from 36 000 to 38 000: the remainder grew by
  // 2 000 × 60 % = 1 200 kr, and the municipality's own funds still hold the old figure.
  const plan = { ...emptyPlan('p1'), euRatePercent: '40', contributions: { OWN_MUNICIPAL_FUNDS: '1904700' } };

  it('puts the exact remainder into the chosen source with one action', () => {
    const filled = fillRemainder(plan, 'OWN_MUNICIPAL_FUNDS', 1905900)!;
    expect(filled.contributions).toEqual({ OWN_MUNICIPAL_FUNDS: '1905900' });
  });

  it('leaves the other sources as typed and gives the chosen one what they leave, to the cent', () => {
    const mixed = { ...plan, contributions: { OWN_MUNICIPAL_FUNDS: '1 000 000,10', OTHER_PUBLIC: '200000' } };
    expect(restFor(mixed, 'PRIVATE', 1905900.35)).toBe(705900.25);
    const filled = fillRemainder(mixed, 'PRIVATE', 1905900.35)!;
    expect(filled.contributions).toEqual({ OWN_MUNICIPAL_FUNDS: '1 000 000,10', OTHER_PUBLIC: '200000', PRIVATE: '705900,25' });
    // What is sent adds up to the remainder exactly.
    const sent = formToContent({ ...newBudgetForm([]), partners: [filled] }).partners[0].contributions;
    expect(Object.values(sent).reduce((sum, amount) => sum + Math.round(amount! * 100), 0)).toBe(190590035);
  });

  it('writes the rest as the user\'s language does', () => {
    expect(fillRemainder(plan, 'OWN_MUNICIPAL_FUNDS', 0.1 + 0.2, 'en')!.contributions.OWN_MUNICIPAL_FUNDS).toBe('0.30');
    expect(fillRemainder(plan, 'OWN_MUNICIPAL_FUNDS', 0.1 + 0.2, 'sv')!.contributions.OWN_MUNICIPAL_FUNDS).toBe('0,30');
  });

  it('offers nothing when the other sources already exceed the remainder', () => {
    const over = { ...plan, contributions: { OWN_MUNICIPAL_FUNDS: '100', OTHER_PUBLIC: '2000000' } };
    expect(fillRemainder(over, 'OWN_MUNICIPAL_FUNDS', 1905900)).toBeNull();
  });

  it('offers the source that carries the most, else the municipality\'s own funds', () => {
    expect(defaultRestSource(emptyPlan('p1'))).toBe('OWN_MUNICIPAL_FUNDS');
    expect(defaultRestSource({ ...plan, contributions: { OWN_MUNICIPAL_FUNDS: '10', COMPANY_FUNDS: '20,5' } })).toBe('COMPANY_FUNDS');
  });
});
