import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BudgetView } from '@/lib/api/types';
import { CALL_ID, call, meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, budgetApplication, budgetView, erdfRules, partnership, summaryFor } from '../budget-fixture';
import { BudgetRoute } from './budget-route';

const path = '/applications/:id/budget';
const at = `/applications/${APPLICATION_ID}/budget`;
const base = `/api/v1/applications/${APPLICATION_ID}`;
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const gridName = 'Södertälje kommun: kostnader per kategori och period (SEK), schabloner inräknade';

function scenario(view: BudgetView | null, extra: (Route & { once?: boolean })[] = [], application = budgetApplication()) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(application) },
    { method: 'GET', path: `${base}/budget`, answer: () => (view ? json(view, { headers: { ETag: `"${view.version}"` } }) : problem(404, { title: 'Not Found' })) },
    { method: 'GET', path: `${base}/partners`, answer: () => json(partnership) },
    { method: 'GET', path: /\/api\/v1\/budgets\/.*\/versions$/, answer: () => json([]) },
  ]);
}

const previews = (requests: { method: string; url: URL }[]) => requests.filter((request) => request.url.pathname === `${base}/budget/preview`);

async function lineGroup() {
  return screen.findByRole('group', { name: 'Rad 1: Projektledare' });
}

describe('the budget page', () => {
  it("shows the server's figures: the partner's grid with the flat rate, the plan and the project's totals", async () => {
    scenario(budgetView());
    renderRoute(<BudgetRoute />, { path, at, me: applicant });
    const grid = await screen.findByRole('table', { name: gridName });
    expect(within(grid).getByRole('row', { name: /^Personalkostnader/ })).toHaveTextContent('Personalkostnader1 000,000,00');
    expect(within(grid).getByRole('row', { name: /^Kontors- och administrationskostnader/ })).toHaveTextContent('150,000,00');
    expect(within(grid).getByRole('row', { name: /^Partnerns totala kostnader/ })).toHaveTextContent('1 150,00 kr');
    expect(screen.getByTestId('project-total')).toHaveTextContent('1 150,00 kr');
    expect(screen.getByTestId('project-eu-share')).toHaveTextContent('460,00 kr');
    expect(screen.getByLabelText('Medfinansiering för Södertälje kommun')).toHaveTextContent(/Att medfinansiera \(totalt minus EU-bidrag\)690,00 kr/);
    expect(screen.getByRole('table', { name: 'Schablonbelopp för Södertälje kommun, räknade av systemet' })).toHaveTextContent('15 %');
    // Only the call's flat rates, with their maxima; the chosen one checked.
    expect(screen.getByRole('checkbox', { name: /^Indirekta kostnader på personalkostnader \(högst 15\s%\)$/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Övriga kostnader på personalkostnader \(högst 40\s%\)$/ })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Indirekta kostnader på direkta kostnader/ })).toBeNull();
    expect(within(await lineGroup()).getByRole('textbox', { name: /^Belopp/ })).toHaveValue('1000');
  });

  it('asks for a preview once the user stops typing and shows the new figures and where the rules are broken', async () => {
    const preview = {
      periods: 2,
      summary: summaryFor(2000, 300, 2300, 920, 690),
      violations: [
        { code: 'BUDGET-005', field: 'lines[0].category', lineId: 'line-1', message: 'the call does not allow STAFF', params: { category: 'STAFF' } },
        {
          code: 'BUDGET-007',
          field: 'partners[0].contributions',
          lineId: null,
          message: 'must add up to 1380.00 (the total 2300.00 minus the EU share 920.00), not 690.00',
          params: { required: 1380, total: 2300, euShare: 920, actual: 690, missing: 690 },
        },
      ],
    };
    const { requests } = scenario(budgetView(), [{ method: 'POST', path: `${base}/budget/preview`, answer: () => json(preview) }]);
    renderRoute(<BudgetRoute />, { path, at, me: applicant });
    const amount = within(await lineGroup()).getByRole('textbox', { name: /^Belopp/ });
    // One change event (the amount pasted): typed key by key, a loaded machine can pause longer than the
    // preview's delay between two keys, and a preview of "200" would be right but not what this test counts.
    fireEvent.change(amount, { target: { value: '2000' } });
    expect(previews(requests)).toHaveLength(0);
    expect(screen.getByTestId('project-violations')).toHaveTextContent('Räknar om …');

    await waitFor(() => expect(screen.getByTestId('project-total')).toHaveTextContent('2 300,00 kr'));
    expect(previews(requests)).toHaveLength(1);
    const sent = previews(requests)[0] as unknown as { body: { lines: { amount: number }[] } };
    expect(sent.body.lines[0].amount).toBe(2000);
    expect(screen.getByRole('table', { name: gridName })).toHaveTextContent('300,00');

    const category = within(await lineGroup()).getByRole('combobox', { name: 'Kostnadskategori' });
    expect(category).toHaveAttribute('aria-invalid', 'true');
    expect(category).toHaveAccessibleDescription('Utlysningen tillåter inte Personalkostnader: välj en annan kostnadskategori.');
    const contributions = screen.getByRole('group', { name: 'Medfinansiering per källa (SEK)' });
    expect(contributions).toHaveTextContent(
      'Medfinansieringen ska vara 1 380,00 kr (totalt 2 300,00 kr minus EU-bidraget 920,00 kr) men är 690,00 kr: lägg till 690,00 kr.',
    );
    expect(screen.queryByText(/must add up/)).toBeNull();
    // The fix is one action away.
    expect(within(contributions).getByRole('button', { name: 'Fyll resten med kommunens egna medel' })).toBeEnabled();
    expect(screen.getByText('2 regelbrott: se markeringarna vid raderna och partnerna.')).toBeInTheDocument();
  });

  it('saves with If-Match; on 412 keeps the input, shows the stored budget and overwrites with the new version', async () => {
    const theirs = budgetView({ version: 5, content: { ...budgetView().content, sekPerEur: 11.2 } });
    let latest = budgetView();
    const { requests } = scenario(null, [
      { method: 'GET', path: `${base}/budget`, answer: () => json(latest) },
      { method: 'POST', path: `${base}/budget/preview`, answer: () => json({ periods: 2, summary: summaryFor(1000, 150, 1150, 460, 690), violations: [] }) },
      {
        once: true,
        method: 'PUT',
        path: `${base}/budget`,
        answer: () => {
          latest = theirs;
          return problem(412, { title: 'Precondition Failed' });
        },
      },
      { method: 'PUT', path: `${base}/budget`, answer: () => json(budgetView({ version: 6 })) },
    ]);
    renderRoute(<BudgetRoute />, { path, at, me: applicant });
    const description = within(await lineGroup()).getByRole('textbox', { name: 'Beskrivning' });
    await userEvent.type(description, ', 50 %');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { name: 'Någon annan har ändrat uppgifterna' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Planeringskurs \(kronor per euro\)\s+–?\s*11,2000/ })).toBeInTheDocument();
    expect(description).toHaveValue('Projektledare, 50 %');

    await userEvent.click(screen.getByRole('button', { name: 'Skriv över med mina ändringar' }));
    expect(await screen.findByText('Budgeten har sparats.')).toBeInTheDocument();
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"4"', '"5"']);
    expect((puts[1].body as { lines: { description: string }[] }).lines[0].description).toBe('Projektledare, 50 %');
  });

  it('shows the rules a refused save broke at their line (400)', async () => {
    scenario(budgetView(), [
      { method: 'POST', path: `${base}/budget/preview`, answer: () => json({ periods: 2, summary: summaryFor(1000, 150, 1150, 460, 690), violations: [] }) },
      {
        method: 'PUT',
        path: `${base}/budget`,
        answer: () =>
          problem(400, { title: 'Budget rules broken', code: 'BUDGET-009', errors: [{ field: 'lines[0].amount', message: 'must be 0 or more, to the cent', code: 'BUDGET-009' }] }),
      },
    ]);
    renderRoute(<BudgetRoute />, { path, at, me: applicant });
    await userEvent.type(within(await lineGroup()).getByRole('textbox', { name: /^Belopp/ }), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Budgeten sparades inte: 1 regelbrott, se markeringen nedan.')).toBeInTheDocument();
    expect(within(await lineGroup()).getByRole('textbox', { name: /^Belopp/ })).toHaveAccessibleDescription(/Raden saknar det dess typ kräver/);
    // The server's English detail stays out of the Swedish page.
    expect(screen.queryByText(/must be 0 or more/)).toBeNull();
  });

  it('is read only once the application is no longer a draft, and for those who may only read', async () => {
    const { requests } = scenario(budgetView({ editable: false }), [], budgetApplication({ status: 'SUBMITTED' }));
    const first = renderRoute(<BudgetRoute />, { path, at, me: applicant });
    expect(await screen.findByText(/Ansökan är inte längre ett utkast, så budgeten kan inte ändras/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: gridName })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rad 1: Projektledare' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
    first.unmount();

    scenario(budgetView());
    renderRoute(<BudgetRoute />, { path, at, me: meWith(['auditor']) });
    expect(await screen.findByText('Du kan läsa budgeten men inte ändra den.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(previews(requests)).toHaveLength(0);
  });

  it("creates a budget with POST, planned against the call's rules", async () => {
    const created = budgetView({ version: 0 });
    const { requests } = scenario(null, [
      { method: 'GET', path: `/api/v1/calls/${CALL_ID}`, answer: () => json(call({ effectiveRules: erdfRules })) },
      { once: true, method: 'GET', path: `${base}/budget`, answer: () => problem(404, { title: 'Not Found' }) },
      { method: 'GET', path: `${base}/budget`, answer: () => json(created) },
      { method: 'POST', path: `${base}/budget/preview`, answer: () => json({ periods: 2, summary: { ...summaryFor(0, 0, 0, 0, 0), lines: [], flatRates: [], cells: [] }, violations: [] }) },
      { method: 'POST', path: `${base}/budget`, answer: () => json(created, { status: 201 }) },
    ]);
    renderRoute(<BudgetRoute />, { path, at, me: applicant });
    expect(await screen.findByText(/Ansökan har ingen budget ännu/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Lägg till kostnadsrad för Södertälje kommun' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Belopp/ }), '1000');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa budget' }));
    expect(await screen.findByText('Budgeten har sparats.')).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST' && request.url.pathname === `${base}/budget`)!;
    expect(post.headers.get('If-Match')).toBeNull();
    expect(post.body).toMatchObject({ currency: 'SEK', partners: [{ partnerId: partnership[0].organisationId }], lines: [{ category: 'STAFF', period: 1, kind: 'REAL_COST', amount: 1000 }] });
  });
});
